using System.Text.Json;
using Evaluate.Core.Running;

namespace Evaluate.Reports.Comparison;

/// <summary>Writes compare.json (indented, atomically).</summary>
public static class ComparisonJsonWriter
{
    public static void Write(RunComparison comparison, string path)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(comparison, ResultJson.Indented) + "\n");
        File.Move(temporary, path, overwrite: true);
    }
}
