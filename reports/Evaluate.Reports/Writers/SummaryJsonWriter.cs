using System.Text.Json;
using Evaluate.Core.Metrics;
using Evaluate.Core.Running;

namespace Evaluate.Reports.Writers;

/// <summary>Writes summary.json (indented, stable key order, no wall-clock values), atomically.</summary>
public static class SummaryJsonWriter
{
    public static void Write(RunSummary summary, string path)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(summary, ResultJson.Indented) + "\n");
        File.Move(temporary, path, overwrite: true);
    }
}
