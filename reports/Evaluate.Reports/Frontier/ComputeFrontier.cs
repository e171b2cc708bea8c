using Evaluate.Core.Metrics;

namespace Evaluate.Reports.Frontier;

/// <summary>
/// The compute frontier of a budget sweep (the plan's <c>budgets</c>): accuracy against mean thinking tokens per
/// problem for every strategy at every budget, and at each budget the compute-optimal strategy after Snell et al.
/// (2024): the highest accuracy among the strategies at that budget, ties to the one that spent fewer tokens. Read
/// from summary.json only (each cell's <c>budget</c>, accuracy and token figures), so every reader shows the same.
/// </summary>
public static class ComputeFrontier
{
    // Accuracies of equal problem counts are equal ratios; a difference below this is float noise, not a lead.
    private const double Tie = 1e-12;

    /// <summary>One panel per model × suite that holds budgeted cells, in the order the run lists them.</summary>
    public static IReadOnlyList<FrontierPanel> Of(RunSummary summary)
    {
        var panels = new List<FrontierPanel>();
        foreach (var group in summary.Results.Where(c => c.Budget is not null).GroupBy(c => (c.Model, c.Suite)))
        {
            var cells = group.ToList();
            var measure = cells.All(c => MetricValue.Number(c.Metrics, "mean_reasoning_tokens") is > 0) ? ThinkingMeasure.Reasoning : ThinkingMeasure.Completion;
            var points = new List<FrontierPoint>();
            foreach (var cell in cells)
                if (MetricValue.Number(cell.Metrics, "accuracy") is { } accuracy && ThinkingTokensPerProblem(cell, measure) is { } tokens)
                    points.Add(new FrontierPoint(cell.Budget!.Strategy, cell.Budget.Tokens, accuracy, tokens));
            if (points.Count == 0) continue;
            var ordered = points.GroupBy(p => p.Strategy, StringComparer.Ordinal).SelectMany(s => s.OrderBy(p => p.Budget));
            panels.Add(new FrontierPanel(cells[0].ModelLabel, group.Key.Suite, measure, MarkOptimal(ordered)));
        }
        return panels;
    }

    /// <summary>
    /// Thinking tokens per answered problem: the cell's mean per sample times its samples, over the problems that were
    /// scored (errored problems have no samples and no accuracy). Null when nothing was answered.
    /// </summary>
    public static double? ThinkingTokensPerProblem(CellSummary cell, ThinkingMeasure measure)
    {
        var mean = MetricValue.Number(cell.Metrics, measure == ThinkingMeasure.Reasoning ? "mean_reasoning_tokens" : "mean_completion_tokens");
        var samples = MetricValue.Number(cell.Metrics, "samples");
        var answered = MetricValue.Number(cell.Metrics, "problems") - (MetricValue.Number(cell.Metrics, "errors") ?? 0);
        return mean is { } m && samples is { } s && answered is > 0 ? m * s / answered.Value : null;
    }

    /// <summary>
    /// The points with the compute-optimal one at each budget marked: the highest accuracy, ties to fewer thinking
    /// tokens, then to the strategy listed first (so the mark never depends on float noise or order of reading).
    /// </summary>
    public static IReadOnlyList<FrontierPoint> MarkOptimal(IEnumerable<FrontierPoint> points)
    {
        var list = points.Select(p => p with { Optimal = false }).ToList();
        foreach (var budget in list.Select(p => p.Budget).Distinct().ToList())
        {
            var best = -1;
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].Budget != budget) continue;
                if (best < 0 || Better(list[i], list[best])) best = i;
            }
            list[best] = list[best] with { Optimal = true };
        }
        return list;
    }

    private static bool Better(FrontierPoint a, FrontierPoint b) =>
        a.Accuracy > b.Accuracy + Tie || (Math.Abs(a.Accuracy - b.Accuracy) <= Tie && a.ThinkingTokens < b.ThinkingTokens);
}
