namespace Evaluate.Reports.Frontier;

/// <summary>The compute frontier of one model on one suite: every strategy at every budget of the sweep.</summary>
/// <param name="Points">Strategy-major in the run's order, each strategy's budgets ascending; optimal ones marked.</param>
public sealed record FrontierPanel(string ModelLabel, string Suite, ThinkingMeasure Measure, IReadOnlyList<FrontierPoint> Points)
{
    public IReadOnlyList<string> Strategies => Points.Select(p => p.Strategy).Distinct(StringComparer.Ordinal).ToList();

    public IReadOnlyList<int> Budgets => Points.Select(p => p.Budget).Distinct().Order().ToList();

    /// <summary>What the thinking-token figures are, as an axis or column says it.</summary>
    public string TokensLabel => Measure == ThinkingMeasure.Reasoning
        ? "reasoning tokens / problem"
        : "completion tokens / problem (no reasoning tokens reported)";
}
