using System.Text.Json;

namespace Evaluate.Core.Plans;

/// <summary>
/// One plan key, declared once: its snake_case name (plan files), its flag (<c>--kebab-case</c> unless it says
/// otherwise), help, value type, rule and whether the manifest records it. The plan file reader, the `run` flags,
/// their help, validation and the manifest all read these declarations (see <see cref="PlanKeys"/>).
/// </summary>
public abstract class PlanKey
{
    protected PlanKey(string name, string help, string? flag)
    {
        Name = name;
        Help = help;
        Flag = flag ?? "--" + name.Replace('_', '-');
    }

    /// <summary>The key as plan files write it: <c>max_tokens</c>.</summary>
    public string Name { get; }

    public string Help { get; }

    /// <summary>The `run` flag that overrides the key; <see cref="NoFlag"/> for keys only plan files set.</summary>
    public string Flag { get; }

    public const string NoFlag = "";

    /// <summary>Recorded in the manifest's plan (and so in summary.json); false for what changes no result.</summary>
    public bool InManifest { get; init; } = true;

    /// <summary>Left out of the manifest while unset (a key added after manifests existed, so older bytes stay).</summary>
    public bool OmitWhenUnset { get; init; }

    /// <summary>The key's field in the run's identity (its fingerprint), or null when the value changes no record.</summary>
    public abstract string? IdentityText(RunPlan plan);

    /// <summary>The identity field's name (the plan's key unless earlier fingerprints named it otherwise).</summary>
    public string? IdentityName { get; init; }

    /// <summary>Which component list the help names (a registry's kind, e.g. "model adapter"), if any.</summary>
    public string? Lists { get; init; }

    /// <summary>Whether the flag takes no argument (<c>--allow-errors</c>), or is repeated (<c>--model a --model b</c>).</summary>
    public abstract bool IsSwitch { get; }

    public abstract bool IsRepeated { get; }

    /// <summary>The plan with this key read from <paramref name="text"/>; <see cref="PlanValueException"/> when it cannot be.</summary>
    public abstract RunPlan Read(RunPlan plan, PlanText text);

    /// <summary>The plan with the key's flag applied (usually <see cref="Read"/>).</summary>
    public abstract RunPlan ReadFlag(RunPlan plan, PlanText text);

    /// <summary>The key's own rule; the problem in user words (after "key (--flag) "), or null when the value is fine.</summary>
    public abstract string? Problem(RunPlan plan);

    /// <summary>Whether the plan holds a value for the key (a default counts: it is what the run uses).</summary>
    public abstract bool IsSet(RunPlan plan);

    public abstract void WriteJson(Utf8JsonWriter writer, RunPlan plan, JsonSerializerOptions options);

    public abstract RunPlan ReadJson(RunPlan plan, ref Utf8JsonReader reader, JsonSerializerOptions options);

    /// <summary>The plan as the manifest records it (e.g. credentials stripped from a URL).</summary>
    public abstract RunPlan ForManifest(RunPlan plan);

    /// <summary>A note for the terminal before the run starts, or null.</summary>
    public abstract string? Warning(RunPlan plan);

    /// <summary>The key as messages name it: <c>max_tokens (--max-tokens)</c>.</summary>
    public override string ToString() => $"{Name} ({(Flag == NoFlag ? "--" + Name.Replace('_', '-') : Flag)})";

}
