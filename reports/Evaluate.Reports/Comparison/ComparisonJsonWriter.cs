using System.Text.Json;
using Evaluate.Core.Running;

namespace Evaluate.Reports.Comparison;

/// <summary>Writes compare.json (indented, atomically).</summary>
public static class ComparisonJsonWriter
{
    public static void Write(RunComparison comparison, string path)
    {
        Evaluate.Core.Files.OutputFile.WriteAllText(path, JsonSerializer.Serialize(comparison, ResultJson.Indented) + "\n");
    }
}
