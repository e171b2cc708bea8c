using Evaluate.Core.Plans;

namespace Evaluate.Core.Grading.Reasking;

/// <summary>
/// The plan keys of re-asking (<see cref="PlanKeys.All"/> lists them). Both were added after manifests existed, so each
/// is left out of the manifest and the fingerprint while unset: runs that do not re-ask keep their bytes.
/// </summary>
public static class ReaskPlanKeys
{
    /// <summary>A switch whose "false" is the same as unset (so <c>reask: false</c> changes no byte either).</summary>
    private static readonly PlanType<bool?> OnOrUnset = new("true or false", t => t.Scalar is { } s
        ? bool.TryParse(s, out var on) ? (on ? true : null) : throw new PlanValueException($"must be true or false, got '{s}'")
        : throw new PlanValueException("must be one value (true or false), got a list"), Switch: true);

    public static readonly PlanKey<bool?> Reask = new("reask", OnOrUnset, p => p.Reask, (p, v) => p with { Reask = v },
        "Ask once more, for only its final answer in \\boxed{}, when a response has none (one short call per such sample, counted; reask_share shows how many)")
        { OmitWhenUnset = true, Identity = v => v == true ? "true" : null! };

    public static readonly PlanKey<string?> ReaskModel = new("reask_model", PlanTypes.OptionalText, p => p.ReaskModel, (p, v) => p with { ReaskModel = v },
        "With --reask: the model spec the re-asks go to (default: each cell's own model; replay needs one, e.g. sim)")
        {
            OmitWhenUnset = true, Identity = v => v!,
            Rule = v => v is not null && string.IsNullOrWhiteSpace(v) ? "is empty" : null,
            Across = p => p.ReaskModel is not null && p.Reask != true ? "needs reask (--reask)" : null,
        };
}
