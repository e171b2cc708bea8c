namespace Evaluate.Core.Plans;

/// <summary>
/// Checks every plan value that can be checked before the first model call, by each key's declared rule, naming the
/// value as the plan file and the flag call it (<c>k</c> / <c>--k</c>). Component specs are checked by their
/// registries when the run is composed.
/// </summary>
public static class PlanValidator
{
    public static void Check(RunPlan plan, PlanKeyTable? keys = null) => (keys ?? PlanKeyTable.Core).Check(plan);
}
