using Evaluate.Core.Components;

namespace Evaluate.Core.Plans;

/// <summary>
/// The plan keys of a run: the core's (<see cref="PlanKeys"/>) and those components declare. Plan files, `run` flags,
/// help, validation and the manifest's plan all go through it, so a key is one declaration plus its use.
/// </summary>
public sealed class PlanKeyTable
{
    private PlanKeyTable(IReadOnlyList<PlanKey> settings)
    {
        Settings = settings;
        var at = PlanKeys.All.ToList().IndexOf(PlanKeys.ComponentSettingsFollow) + 1;
        Keys = [.. PlanKeys.All.Take(at), .. settings, .. PlanKeys.All.Skip(at)];
    }

    public static PlanKeyTable Core { get; } = new([]);

    /// <summary>Every key, in help and manifest order.</summary>
    public IReadOnlyList<PlanKey> Keys { get; }

    /// <summary>The keys components declared, in the order they were added.</summary>
    public IReadOnlyList<PlanKey> Settings { get; }

    /// <summary>This table with keys a component declares (names must be new).</summary>
    public PlanKeyTable With(params PlanKey[] settings)
    {
        foreach (var key in settings)
            if (Keys.Any(k => k.Name == key.Name) || settings.Count(s => s.Name == key.Name) > 1)
                throw new InvalidOperationException($"plan key '{key.Name}' is declared twice");
        return new PlanKeyTable([.. Settings, .. settings]);
    }

    public PlanKey? Find(string name) => Keys.FirstOrDefault(k => k.Name == name);

    /// <summary>"unknown plan key 'limt' (did you mean 'limit'?)": a misspelt key in the user's words.</summary>
    public string Unknown(string name) => $"unknown plan key '{name}'{DidYouMean.Suggest(name, Keys.Select(k => k.Name))}";

    /// <summary>Every key's rule; the first problem is a usage error naming the key and its flag.</summary>
    public void Check(RunPlan plan)
    {
        foreach (var key in Keys)
            if (key.Problem(plan) is { } problem) throw new UsageException($"{key} {problem}");
    }

    /// <summary>
    /// The plan as the manifest records it: each key's recorded form (credentials stripped), and every component
    /// setting the manifest records present, unset ones as null (unless the key omits them), in declaration order (so every run's manifest has the same keys).
    /// </summary>
    public RunPlan ForManifest(RunPlan plan)
    {
        var recorded = plan with { Settings = PlanSettings.Empty };
        foreach (var key in Settings.Where(k => k.InManifest && !(k.OmitWhenUnset && plan.Settings.Get(k.Name) is null)))
            recorded = recorded with { Settings = recorded.Settings.With(key.Name, plan.Settings.Get(key.Name)) };
        return Keys.Aggregate(recorded, (p, key) => key.ForManifest(p));
    }

    public IEnumerable<string> Warnings(RunPlan plan) => Keys.Select(k => k.Warning(plan)).OfType<string>();
}
