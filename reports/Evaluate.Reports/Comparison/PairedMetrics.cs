using Evaluate.Core.Metrics;

namespace Evaluate.Reports.Comparison;

/// <summary>
/// The metrics compare and gate can test per problem: accuracy (the problem's score), pass@k and maj@k (recomputed
/// from the recorded answer classes, never re-graded), tokens and calls per problem, and the two efficiencies (the
/// mean over the problem's samples). Other metrics are shown as deltas without a test.
/// </summary>
public static class PairedMetrics
{
    private static readonly Dictionary<string, Func<ProblemEvidence, double?>> Fixed = new(StringComparer.Ordinal)
    {
        ["accuracy"] = p => p.Score,
        ["mean_completion_tokens_per_problem"] = p => p.CompletionTokens,
        ["mean_tokens_per_problem"] = p => p.TotalTokens,
        ["mean_model_calls_per_problem"] = p => p.ModelCalls,
        ["outcome_efficiency"] = p => p.OutcomeEfficiency.Length == 0 ? null : p.OutcomeEfficiency.Average(),
        ["process_efficiency"] = p => p.ProcessEfficiency.Length == 0 ? null : p.ProcessEfficiency.Average(),
    };

    /// <summary>The paired form of a catalogued metric, or null when it has none.</summary>
    public static PairedMetric? Find(string name)
    {
        var descriptor = MetricCatalog.Find(name);
        if (descriptor is null) return null;
        if (Fixed.TryGetValue(name, out var value)) return new PairedMetric(descriptor, value);
        if (MetricCatalog.KOf(name) is not { } k || name.EndsWith("_expected", StringComparison.Ordinal)) return null;
        if (name.StartsWith("pass@", StringComparison.Ordinal))
            return new PairedMetric(descriptor, p => PassAtK.Estimate(p.Classes.Length, p.Correct.Count(c => c), k));
        if (name.StartsWith("maj@", StringComparison.Ordinal))
            return new PairedMetric(descriptor, p => MajorityVote.FirstK(p.Classes, p.Correct, k));
        return null;
    }

    /// <summary>Names every comparison reports: accuracy, pass@k and maj@k at every k both cells have, tokens, calls, efficiency.</summary>
    public static IReadOnlyList<string> DefaultNames(CellSummary? baseline, CellSummary? candidate)
    {
        var names = new List<string> { "accuracy" };
        if (baseline is not null && candidate is not null)
            foreach (var name in baseline.Metrics.Keys)
                if ((name.StartsWith("pass@", StringComparison.Ordinal) || name.StartsWith("maj@", StringComparison.Ordinal))
                    && !name.EndsWith("_expected", StringComparison.Ordinal)
                    && MetricValue.Number(baseline.Metrics, name) is not null && MetricValue.Number(candidate.Metrics, name) is not null)
                    names.Add(name);
        names.AddRange(["mean_completion_tokens_per_problem", "mean_tokens_per_problem", "mean_model_calls_per_problem", "outcome_efficiency", "process_efficiency"]);
        return names;
    }

    /// <summary>The largest k of a family (pass or maj) that both cells report, or null.</summary>
    public static int? MaxCommonK(string family, CellSummary baseline, CellSummary candidate) =>
        baseline.Metrics.Keys
            .Where(n => n.StartsWith(family + "@", StringComparison.Ordinal) && !n.EndsWith("_expected", StringComparison.Ordinal))
            .Where(n => MetricValue.Number(baseline.Metrics, n) is not null && MetricValue.Number(candidate.Metrics, n) is not null)
            .Select(MetricCatalog.KOf).Where(k => k is not null).Max();
}
