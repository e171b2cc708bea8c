using Evaluate.Core.Plans;

namespace Evaluate.Core.Traces;

/// <summary>
/// <c>traces: true</c> / <c>--traces</c>: record each problem's search tree in traces.jsonl. It changes no other record,
/// but it is in the manifest and the run's identity while set, so a resume or a shard of the run writes traces too
/// (a traces.jsonl with holes would not be the file an uninterrupted run writes). Left out while unset: runs without
/// it keep their bytes.
/// </summary>
public static class TracePlanKeys
{
    /// <summary>A switch whose "false" is the same as unset (so <c>traces: false</c> changes no byte either).</summary>
    private static readonly PlanType<bool?> OnOrUnset = new("true or false", t => t.Scalar is { } s
        ? bool.TryParse(s, out var on) ? (on ? true : null) : throw new PlanValueException($"must be true or false, got '{s}'")
        : throw new PlanValueException("must be one value (true or false), got a list"), Switch: true);

    public static readonly PlanKey<bool?> Traces = new("traces", OnOrUnset, p => p.Traces, (p, v) => p with { Traces = v },
        "Record what each problem's search explored (nodes, values, visit order, the solution) in traces.jsonl; export with export-traces (docs/traces.md)")
        { OmitWhenUnset = true, Identity = v => v == true ? "true" : null! };

    public static bool IsOn(RunPlan plan) => Traces.Get(plan) == true;
}
