using System.Text.Json;
using Evaluate.Core.Running;

namespace Evaluate.Core.Sharding;

/// <summary>
/// One line of a shard's journal, kept as the text it is (merged files are these bytes, never re-serialised) with
/// the fields that place it: its cell, problem and sample index.
/// </summary>
public sealed record JournalLine(string Text, RunKey Cell, string ProblemId, int ProblemIndex, int SampleIndex)
{
    /// <summary>
    /// The lines of a journal. A torn last line (a shard killed mid-write) is left out when <paramref name="tolerateTornTail"/>;
    /// any other unreadable line is an error naming the file.
    /// </summary>
    public static List<JournalLine> Read(string path, bool tolerateTornTail)
    {
        var lines = new List<JournalLine>();
        if (!File.Exists(path)) return lines;
        var texts = File.ReadAllLines(path);
        for (var i = 0; i < texts.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(texts[i])) continue;
            try
            {
                using var document = JsonDocument.Parse(texts[i]);
                var root = document.RootElement;
                lines.Add(new JournalLine(texts[i], ResumeState.Key(root), root.GetProperty("problem_id").GetString()!,
                    Index(root, "problem_index"), Index(root, "sample_index")));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                if (tolerateTornTail && i == texts.Length - 1) break;
                throw new UsageException($"merge: {path} line {i + 1} is not a result record: {e.Message}");
            }
        }
        return lines;
    }

    private static int Index(JsonElement line, string field) =>
        line.TryGetProperty(field, out var value) && value.TryGetInt32(out var i) ? i : 0;
}
