using Evaluate.Core.Metrics;
using Evaluate.Reports.Comparison;

namespace Evaluate.Reports.History;

/// <summary>
/// Marks each drop on a trend as significant or noise with the statistics the gate uses: every entry is compared with
/// the previous one by the same <see cref="RunComparer"/> (paired per problem, at the gate's default α), and a metric
/// that worsened gets a <see cref="TrendDrop"/>. Pairs the comparer calls incomparable (different datasets or suite
/// versions) get no marks: their difference is not a drop of the model.
/// </summary>
public static class TrendDrops
{
    public static IReadOnlyList<HistoryEntry> Mark(HistoryStore store, IReadOnlyList<HistoryEntry> entries, IReadOnlyList<string> metrics, MetricCatalog catalog, double alpha)
    {
        if (entries.Count < 2) return entries;
        var marked = new List<HistoryEntry> { entries[0] };
        var comparer = new RunComparer(alpha, catalog: catalog) { AlsoCompare = metrics };
        var previous = store.Materialise(entries[0].Id);
        try
        {
            for (var i = 1; i < entries.Count; i++)
            {
                var current = store.Materialise(entries[i].Id);
                var comparison = comparer.Compare(RunEvidence.Read(previous.Directory), RunEvidence.Read(current.Directory));
                marked.Add(entries[i] with { Drops = comparison.Mismatches.Count > 0 ? [] : Drops(comparison, metrics) });
                previous.Dispose();
                previous = current;
            }
        }
        finally
        {
            previous.Dispose();
        }
        return marked;
    }

    private static List<TrendDrop> Drops(RunComparison comparison, IReadOnlyList<string> metrics) =>
        comparison.Cells.SelectMany(cell => cell.Metrics.Where(m => metrics.Contains(m.Metric) && m.Worsening > 0)
            .Select(m => new TrendDrop(cell.CandidateModel, cell.Suite, cell.Strategy, m.Metric, m.Baseline, m.Candidate, m.PValue, m.Test, m.Alpha))).ToList();
}
