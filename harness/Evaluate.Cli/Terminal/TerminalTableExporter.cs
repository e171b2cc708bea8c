using Evaluate.Core.Exporters;
using Evaluate.Core.Metrics;

namespace Evaluate.Cli.Terminal;

/// <summary>The results tables after a run, as an exporter: plain text in CI and pipes, a drawn table in a terminal.</summary>
public sealed class TerminalTableExporter : IRunExporter
{
    public string Name => "terminal";

    public void Export(RunSummary summary, ExportTarget target) => ResultsTable.Print(summary, target.Output, target.Plain, target.Metrics);
}
