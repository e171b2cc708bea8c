using Evaluate.Core.Metrics;

namespace Evaluate.Reports.Charts;

/// <summary>
/// Pairs the cells of every run of a report by <see cref="CellKey"/>: one entry per key any run has, in the order the
/// keys first appear (the first run's order, a later run's extra cells placed with the other cells of their suite),
/// each listing every run's cell or null. The headline table and every chart read this one pairing.
/// </summary>
public static class CellPairs
{
    /// <summary>True when no run holds more than one model: the model is then left out of the key.</summary>
    public static bool ModelIndependent(IReadOnlyList<ReportRun> runs) =>
        runs.All(r => r.Summary.Results.Select(c => c.Model).Distinct(StringComparer.Ordinal).Count() <= 1);

    public static IReadOnlyList<PairedCell> Of(IReadOnlyList<ReportRun> runs)
    {
        var independent = ModelIndependent(runs);
        CellKey KeyOf(CellSummary c) => new(independent ? "" : c.Model, c.Suite, c.Strategy);
        var order = new List<CellKey>();
        var byKey = new Dictionary<CellKey, CellSummary?[]>();
        var labels = new Dictionary<CellKey, string>();
        for (var r = 0; r < runs.Count; r++)
            foreach (var cell in runs[r].Summary.Results)
            {
                var key = KeyOf(cell);
                if (!byKey.TryGetValue(key, out var cells))
                {
                    byKey[key] = cells = new CellSummary?[runs.Count];
                    order.Add(key);
                    labels[key] = independent ? "" : cell.ModelLabel;
                }
                cells[r] ??= cell;
            }
        var suites = order.Select(k => k.Suite).Distinct(StringComparer.Ordinal).ToList();
        // Stable: within a suite, keys keep the order they first appeared in.
        return [.. order.Select((k, i) => (k, i)).OrderBy(x => suites.IndexOf(x.k.Suite)).ThenBy(x => x.i)
            .Select(x => new PairedCell(x.k, labels[x.k], byKey[x.k]))];
    }
}
