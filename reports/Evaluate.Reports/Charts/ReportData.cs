using Evaluate.Core.Metrics;
using Evaluate.Reports.History;

namespace Evaluate.Reports.Charts;

/// <summary>What charts read: each run's summary under a display name, and the history entries when a database was given.</summary>
/// <param name="Catalog">The registered metrics the tables are built from (default: the built-in ones).</param>
public sealed record ReportData(IReadOnlyList<ReportRun> Runs, IReadOnlyList<HistoryEntry> History, MetricCatalog? Catalog = null)
{
    public MetricCatalog Metrics => Catalog ?? MetricCatalog.Default;

    /// <summary>Every run's cells paired by <see cref="CellKey"/> (<see cref="CellPairs"/>).</summary>
    public IReadOnlyList<PairedCell> Paired() => CellPairs.Of(Runs);

    /// <summary>Every cell of every run, with a label that stays unique when several runs are shown.</summary>
    public IEnumerable<(ReportRun Run, CellSummary Cell, string Label)> Cells() =>
        Runs.SelectMany(r => r.Summary.Results.Select(c => (r, c, Runs.Count > 1 ? $"{r.Name}: {ChartStyle.CellLabel(c)}" : ChartStyle.CellLabel(c))));
}
