using Evaluate.Reports.Statistics;

namespace Evaluate.Reports.Gate;

/// <summary>Every check of a gate run; the gate passes when none failed.</summary>
public sealed record GateVerdict(string Baseline, string Candidate, IReadOnlyList<GateCheck> Checks, IReadOnlyList<string> Notes)
{
    public bool Passed => Checks.All(c => c.Outcome != GateOutcome.Fail);

    /// <summary>The family-wise correction applied over the checks with a p-value.</summary>
    public MultipleTestCorrection Correction { get; init; } = MultipleTestCorrection.Holm;

    /// <summary>How many checks the correction covered (those with a p-value).</summary>
    public int FamilySize { get; init; }

    /// <summary>The gate's α: with the correction, the probability that a rerun of an unchanged model fails the gate.</summary>
    public double Alpha { get; init; } = GateRules.DefaultAlpha;

    public IReadOnlyList<GateCheck> Underpowered => [.. Checks.Where(c => c.Underpowered)];

    /// <summary>"holm", "bonferroni" or "none", as the rules file spells it.</summary>
    public string CorrectionName => Correction.ToString().ToLowerInvariant();
}
