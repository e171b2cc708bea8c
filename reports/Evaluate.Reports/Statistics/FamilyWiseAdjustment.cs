namespace Evaluate.Reports.Statistics;

/// <summary>
/// Adjusted p-values for a family of m tests, so that "adjusted p &lt; α" rejects with a family-wise error rate ≤ α:
/// the probability that any true null hypothesis is rejected, i.e. that a rerun of an unchanged model fails the gate.
/// Bonferroni: min(1, m·p). Holm: sort p ascending, p̃₍ᵢ₎ = max over j ≤ i of min(1, (m − j + 1)·p₍ⱼ₎) (1-based),
/// which is the step-down procedure written as adjusted p-values (Wright 1992).
/// </summary>
public static class FamilyWiseAdjustment
{
    public static double[] Adjust(IReadOnlyList<double> pValues, MultipleTestCorrection correction)
    {
        var m = pValues.Count;
        var adjusted = new double[m];
        switch (correction)
        {
            case MultipleTestCorrection.None:
                for (var i = 0; i < m; i++) adjusted[i] = pValues[i];
                break;
            case MultipleTestCorrection.Bonferroni:
                for (var i = 0; i < m; i++) adjusted[i] = Math.Min(1.0, m * pValues[i]);
                break;
            case MultipleTestCorrection.Holm:
                var running = 0.0;
                foreach (var (index, rank) in Ascending(pValues).Select((index, rank) => (index, rank)))
                {
                    running = Math.Max(running, Math.Min(1.0, (m - rank) * pValues[index]));
                    adjusted[index] = running;
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(correction), correction, null);
        }
        return adjusted;
    }

    /// <summary>
    /// Holm's procedure as its definition states it: compare the i-th smallest p (1-based) with α / (m − i + 1) and
    /// stop at the first that is not below; it and every larger p are retained. Gives the same decisions as
    /// <see cref="Adjust"/> at one α (tests check the two agree).
    /// </summary>
    public static bool[] HolmStepDown(IReadOnlyList<double> pValues, double alpha)
    {
        var m = pValues.Count;
        var rejected = new bool[m];
        var rank = 0;
        foreach (var index in Ascending(pValues))
        {
            if (pValues[index] >= alpha / (m - rank)) break;
            rejected[index] = true;
            rank++;
        }
        return rejected;
    }

    /// <summary>The per-test level the strictest step of the correction uses: what a check must reach in the worst case.</summary>
    public static double WorstCaseLevel(double alpha, int tests, MultipleTestCorrection correction) =>
        correction == MultipleTestCorrection.None || tests <= 1 ? alpha : alpha / tests;

    /// <summary>Indices by ascending p, ties in input order (so equal p-values are adjusted the same on every run).</summary>
    private static IEnumerable<int> Ascending(IReadOnlyList<double> pValues) =>
        Enumerable.Range(0, pValues.Count).OrderBy(i => pValues[i]).ThenBy(i => i);
}
