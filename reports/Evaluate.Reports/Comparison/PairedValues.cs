namespace Evaluate.Reports.Comparison;

/// <summary>One metric's per-problem values on the shared problems, in the baseline's problem order.</summary>
public sealed record PairedValues(IReadOnlyList<string> Ids, double[] Baseline, double[] Candidate)
{
    /// <summary>
    /// Problems whose value moved the bad way (<paramref name="worse"/>) or the good way, the largest moves first (then
    /// problem order): the problems behind a metric's change — for pass@k those whose pass@k estimate dropped, for
    /// maj@k the majority flips, for a sampled cell's accuracy those whose share of correct samples fell.
    /// </summary>
    public IReadOnlyList<string> Moved(Core.Metrics.MetricDirection direction, bool worse)
    {
        var sign = direction == Core.Metrics.MetricDirection.HigherIsBetter ? -1.0 : direction == Core.Metrics.MetricDirection.LowerIsBetter ? 1.0 : 0.0;
        if (!worse) sign = -sign;
        return Enumerable.Range(0, Ids.Count)
            .Select(i => (Index: i, Move: sign * (Candidate[i] - Baseline[i])))
            .Where(x => x.Move > 1e-12)
            .OrderByDescending(x => x.Move).ThenBy(x => x.Index)
            .Select(x => Ids[x.Index]).ToList();
    }
}
