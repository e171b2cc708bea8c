using Evaluate.Core.Metrics;

namespace Evaluate.Core.Exporters;

/// <summary>
/// Writes a run's summary somewhere: summary.json, summary.csv, the terminal table, and (next) the HTML report,
/// Markdown and JUnit. One contract, as BenchmarkDotNet's exporters share one; exporters only read the summary.
/// </summary>
public interface IRunExporter
{
    string Name { get; }

    void Export(RunSummary summary, ExportTarget target);
}
