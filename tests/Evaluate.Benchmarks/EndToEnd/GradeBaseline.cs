using System.Text;
using System.Text.Json;

namespace Evaluate.Benchmarks.EndToEnd;

/// <summary>
/// The same-run reference for `grade`: read every pair line and write a verdict-shaped line back, with no extraction
/// or checking. `grade`'s rate next to this one says how much of its cost is JSON rather than grading.
/// </summary>
public static class GradeBaseline
{
    public static long Run(string input, string output)
    {
        using var reader = new StreamReader(input, Encoding.UTF8, true, 1 << 16);
        using var stream = new BufferedStream(File.Create(output), 1 << 16);
        using var writer = new Utf8JsonWriter(stream);
        long lines = 0;
        while (reader.ReadLine() is { } line)
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            writer.WriteStartObject();
            writer.WriteString("id", root.GetProperty("id").GetString());
            writer.WriteString("gold", root.GetProperty("gold").GetString());
            writer.WriteString("response", root.GetProperty("response").GetString());
            writer.WriteString("extracted", (string?)null);
            writer.WriteBoolean("correct", false);
            writer.WriteString("reason", "baseline");
            writer.WriteEndObject();
            writer.Flush();
            writer.Reset();
            stream.WriteByte((byte)'\n');
            lines++;
        }
        return lines;
    }
}
