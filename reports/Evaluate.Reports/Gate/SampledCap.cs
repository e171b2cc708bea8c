using Evaluate.Reports.Comparison;
using Evaluate.Reports.Statistics;

namespace Evaluate.Reports.Gate;

/// <summary>
/// <c>max_newly_failed</c> on a sampled cell, where a problem's pass/fail flips with the samples drawn: the cap counts
/// problems whose share of correct samples dropped significantly, not raw flips. Each problem gets a one-sided Fisher
/// exact test of c_b/n_b against c_c/n_c (<see cref="FisherExactTest"/>); a problem with no correct sample in either
/// run cannot drop and is left out, leaving N. "More than <c>cap</c> problems dropped" is tested with Rüger's
/// inequality (1978), valid under any dependence: p = min(1, N/(cap + 1) · p₍cap+1₎), the (cap + 1)-th smallest
/// per-problem p. The problems counted are those with pᵢ &lt; (cap + 1)·α/N, so more than cap are counted exactly when
/// p &lt; α. The check joins the gate's family like any other test. With few samples a problem's drop can never reach
/// that level (n = 4 against 4: at best p = 1/70); the check then says it is underpowered and how many samples would do.
/// </summary>
public static class SampledCap
{
    internal static GateEvaluator.Draft Draft(CellComparison cell, int cap, double alpha)
    {
        var title = $"problems with a significant drop ≤ {cap}";
        var tested = cell.Outcomes.Where(o => o.BaselineSamples > 0 && o.CandidateSamples > 0 && o.BaselineCorrect + o.CandidateCorrect > 0)
            .Select(o => (o.Id, P: FisherExactTest.DropPValue(o.BaselineCorrect, o.BaselineSamples, o.CandidateCorrect, o.CandidateSamples),
                Best: FisherExactTest.SmallestPValue(o.BaselineSamples, o.CandidateSamples)))
            .ToList();
        var n = tested.Count;
        var p = PValue([.. tested.Select(t => t.P)], cap);
        return new GateEvaluator.Draft(cell.Label, title, p, "fisher-ruger", (adjusted, rules, familySize) =>
        {
            var ruleAlpha = alpha;
            var threshold = n == 0 ? 0 : (cap + 1) * ruleAlpha / n;
            var dropped = tested.Where(t => t.P < threshold).OrderBy(t => t.P).Select(t => t.Id).ToList();
            var regression = adjusted < ruleAlpha;
            var level = FamilyWiseAdjustment.WorstCaseLevel(ruleAlpha, familySize, rules.Correction);
            var bestCheck = PValue([.. tested.Select(t => t.Best)], cap);
            var underpowered = bestCheck >= level;
            var advice = underpowered ? SamplesAdvice(n, cap, level) : null;
            var message = $"{dropped.Count} of {n} problems' share of correct samples dropped significantly (one-sided Fisher per problem, p < {GateEvaluator.PValue(threshold)}; cap {cap}; sampled cell), "
                + $"p = {GateEvaluator.PValue(p)} (fisher-ruger), {GateEvaluator.AdjustedText(rules.Correction, adjusted, familySize)}"
                + (underpowered ? $"; UNDERPOWERED: even the largest possible drops reach only p = {GateEvaluator.PValue(bestCheck)} ≥ {GateEvaluator.PValue(level)} ({advice})" : "")
                + "; " + (regression ? "REGRESSION: more problems dropped than the cap allows" : "within the cap")
                + (regression ? GateEvaluator.Ids("; dropped: ", dropped) : "");
            return new GateCheck(cell.Label, title, regression ? GateOutcome.Fail : GateOutcome.Pass, message, null, dropped.Count, p, dropped, [],
                "fisher-ruger", adjusted, ruleAlpha, null, cap, underpowered, advice);
        });
    }

    /// <summary>Rüger's combination for "more than <paramref name="cap"/> of these problems dropped".</summary>
    public static double PValue(IReadOnlyList<double> perProblem, int cap)
    {
        if (perProblem.Count <= cap) return 1.0;
        var sorted = perProblem.Order().ToList();
        return Math.Min(1.0, (double)perProblem.Count / (cap + 1) * sorted[cap]);
    }

    /// <summary>The samples per problem (the same in both runs) at which the cap could fire at this level.</summary>
    private static string SamplesAdvice(int problems, int cap, double level)
    {
        for (var samples = 1; samples <= 64; samples++)
            if ((double)Math.Max(problems, cap + 1) / (cap + 1) * FisherExactTest.SmallestPValue(samples, samples) < level)
                return $"needs ≥ {samples} samples per problem in both runs, or a cap on a deterministic cell";
        return "needs more than 64 samples per problem";
    }
}
