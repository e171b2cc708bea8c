using System.Text.Json;
using Evaluate.Core.Exporters;
using Evaluate.Core.Metrics;
using Evaluate.Core.Running;

namespace Evaluate.Reports.Writers;

/// <summary>Writes summary.json (indented, stable key order, no wall-clock values), atomically.</summary>
public sealed class SummaryJsonWriter : IRunExporter
{
    public string Name => "json";

    public void Export(RunSummary summary, ExportTarget target) => Write(summary, Path.Combine(target.Directory, "summary.json"));

    public static void Write(RunSummary summary, string path)
    {
        Evaluate.Core.Files.OutputFile.WriteAllText(path, JsonSerializer.Serialize(summary, ResultJson.Indented) + "\n");
    }
}
