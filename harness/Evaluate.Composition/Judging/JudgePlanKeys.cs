using System.Globalization;
using Evaluate.Core.Plans;

namespace Evaluate.Composition.Judging;

/// <summary>
/// The grading judge's plan keys (<c>judge:</c> / <c>--judge SPEC</c>, <c>judge_audit:</c> / <c>--judge-audit P</c>).
/// Both change records, so both are in the manifest and the run's identity; both are left out while unset, so runs
/// without a judge keep their bytes.
/// </summary>
public static class JudgePlanKeys
{
    public static readonly PlanKey<string?> Judge = new("judge", PlanTypes.OptionalText,
        "Grading judge (any model adapter spec, e.g. sim:judge=match or openai:base_url=URL,model=NAME): grades the samples the rules leave unparseable or without an answer (docs/grading.md, the cascade)")
    {
        OmitWhenUnset = true, Lists = "model adapter", Identity = v => v!,
    };

    public static readonly PlanKey<double?> JudgeAudit = new("judge_audit", PlanTypes.OptionalNumber,
        "With --judge: the share (0..1) of rule-decided samples the judge also grades, drawn with the run's seed, to measure judge_agreement (the rules' verdict stays the score)")
    {
        OmitWhenUnset = true,
        Identity = v => v is { } d ? d.ToString("R", CultureInfo.InvariantCulture) : null!,
        Rule = v => v is { } d && (!double.IsFinite(d) || d < 0 || d > 1) ? $"must be a share between 0 and 1, got {d.ToString(CultureInfo.InvariantCulture)}" : null,
        Across = plan => JudgeAudit!.Get(plan) is > 0 && Judge.Get(plan) is null ? "needs a judge: give --judge SPEC as well" : null,
    };

    public static IReadOnlyList<PlanKey> All { get; } = [Judge, JudgeAudit];
}
