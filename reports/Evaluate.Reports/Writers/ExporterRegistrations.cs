using Evaluate.Core.Components;
using Evaluate.Core.Exporters;

namespace Evaluate.Reports.Writers;

/// <summary>The built-in file exporters every run writes: summary.json and summary.csv.</summary>
public static class ExporterRegistrations
{
    public static ComponentRegistry<IRunExporter> Create() => new ComponentRegistry<IRunExporter>("exporter")
        .Register(new("json", "summary.json: manifest and every metric per cell", [], (_, _) => new SummaryJsonWriter()))
        .Register(new("csv", "summary.csv: one row per cell, every scalar metric a column", [], (_, _) => new SummaryCsvWriter()));
}
