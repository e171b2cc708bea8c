using System.Globalization;
using Evaluate.Core;

namespace Evaluate.Reports.Comparison;

/// <summary>
/// Two runs are compared on the problems both have. When few of the baseline's problems are in the candidate (runs
/// made with different limits, offsets or puzzle sets), a verdict on the few shared ones says little about either
/// run, so compare and gate refuse it unless told otherwise: every paired cell must hold at least
/// <see cref="DefaultMinShare"/> of its baseline problems.
/// </summary>
public static class ProblemOverlapCheck
{
    /// <summary>90%: a run may lose a few problems (errors left out, a shard missing) but not a different selection.</summary>
    public const double DefaultMinShare = 0.9;

    /// <summary>One line per paired cell whose shared problems are below <paramref name="minShare"/> of the baseline's.</summary>
    public static IReadOnlyList<string> Shortfalls(RunComparison comparison, double minShare) =>
        comparison.Cells
            .Where(c => Share(c) < minShare)
            .Select(c => $"{c.Label}: {c.PairedProblems} of the baseline's {c.PairedProblems + c.LeftOutBaselineOnly} problems are in the candidate " +
                         $"({Percent(Share(c))}; {c.LeftOutBaselineOnly} baseline-only, {c.LeftOutCandidateOnly} candidate-only)")
            .ToList();

    /// <summary>Refuses (a usage error, exit 2) a comparison whose problem sets overlap too little, unless allowed.</summary>
    public static void Require(RunComparison comparison, double minShare, bool allowMismatch)
    {
        if (minShare is < 0 or > 1 || double.IsNaN(minShare))
            throw new UsageException($"--min-overlap {minShare.ToString(CultureInfo.InvariantCulture)}: must be a share from 0 to 1 (default {DefaultMinShare.ToString(CultureInfo.InvariantCulture)})");
        if (allowMismatch) return;
        var shortfalls = Shortfalls(comparison, minShare);
        if (shortfalls.Count > 0)
            throw new UsageException(
                $"the runs share too few problems to compare (below --min-overlap {Percent(minShare)} of the baseline's): {string.Join("; ", shortfalls)}. " +
                "Were they made with different --limit, --ids or data? Rerun with the same selection, or pass --allow-mismatch to compare the shared problems anyway");
    }

    private static double Share(CellComparison cell)
    {
        var baseline = cell.PairedProblems + cell.LeftOutBaselineOnly;
        return baseline == 0 ? 1 : (double)cell.PairedProblems / baseline;
    }

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
