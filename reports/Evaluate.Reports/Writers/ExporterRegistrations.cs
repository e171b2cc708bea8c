using Evaluate.Core.Components;
using Evaluate.Core.Exporters;

namespace Evaluate.Reports.Writers;

/// <summary>
/// The built-in file exporters every run writes: summary.json, summary.csv and summary.md. The HTML report reads the
/// samples as well as the summary, so it is not one of these (it is `report` or `run --report`); the JUnit verdict is
/// the gate's, not a run's.
/// </summary>
public static class ExporterRegistrations
{
    public static ComponentRegistry<IRunExporter> Create() => new ComponentRegistry<IRunExporter>("exporter")
        .Register(new("json", "summary.json: manifest and every metric per cell", [], (_, _) => new SummaryJsonWriter()))
        .Register(new("csv", "summary.csv: one row per cell, every scalar metric a column", [], (_, _) => new SummaryCsvWriter()))
        .Register(new("markdown", "summary.md: the headline table as Markdown (PR comments, step summaries)", [], (_, _) => new Markdown.SummaryMarkdownWriter()));
}
