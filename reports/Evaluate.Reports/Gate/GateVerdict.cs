namespace Evaluate.Reports.Gate;

/// <summary>Every check of a gate run; the gate passes when none failed.</summary>
public sealed record GateVerdict(string Baseline, string Candidate, IReadOnlyList<GateCheck> Checks, IReadOnlyList<string> Notes)
{
    public bool Passed => Checks.All(c => c.Outcome != GateOutcome.Fail);
}
