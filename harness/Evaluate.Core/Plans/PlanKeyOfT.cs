using System.Text.Json;

namespace Evaluate.Core.Plans;

/// <summary>
/// A typed plan key: reads and writes its value on the immutable <see cref="RunPlan"/> (a property for the core's
/// keys, <see cref="RunPlan.Settings"/> for keys a component declares).
/// </summary>
public sealed class PlanKey<T> : PlanKey
{
    private readonly Func<RunPlan, T> _get;
    private readonly Func<RunPlan, T, RunPlan> _set;

    /// <summary>A core key, held by a <see cref="RunPlan"/> property.</summary>
    public PlanKey(string name, PlanType<T> type, Func<RunPlan, T> get, Func<RunPlan, T, RunPlan> set, string help, string? flag = null)
        : base(name, help, flag)
    {
        Type = type;
        _get = get;
        _set = set;
    }

    /// <summary>
    /// A key a component declares (an adapter's endpoint): its value lives in <see cref="RunPlan.Settings"/>, so the
    /// core plan does not know it. The composition root adds it to the run's <see cref="PlanKeyTable"/>.
    /// </summary>
    public PlanKey(string name, PlanType<T> type, string help, string? flag = null)
        : this(name, type, p => p.Settings.Get<T>(name)!, (p, v) => p with { Settings = p.Settings.With(name, v) }, help, flag)
    {
    }

    public PlanType<T> Type { get; }

    /// <summary>The key's rule: the problem in user words, or null when the value is fine.</summary>
    public Func<T, string?>? Rule { get; init; }

    /// <summary>A rule that reads other keys too (min_difficulty against max_difficulty).</summary>
    public Func<RunPlan, string?>? Across { get; init; }

    /// <summary>A value rewritten for the manifest (e.g. credentials stripped from a URL).</summary>
    public Func<T, T>? Recorded { get; init; }

    public Func<T, string?>? Warn { get; init; }

    /// <summary>How the value reads in the run's identity (see <see cref="Running.RunIdentity"/>); null: not part of it.</summary>
    public Func<T, string>? Identity { get; init; }

    /// <summary>How the flag sets the plan when it is not simply this key's value (<c>--base-url</c> repeated sets base_urls).</summary>
    public Func<RunPlan, PlanText, RunPlan>? FromFlag { get; init; }

    /// <summary>The flag is repeated although the key holds one value (see <see cref="FromFlag"/>).</summary>
    public bool RepeatedFlag { get; init; }

    public T Get(RunPlan plan) => _get(plan);

    public RunPlan Set(RunPlan plan, T value) => _set(plan, value);

    public override bool IsSwitch => Type.Switch;

    public override bool IsRepeated => Type.Repeated || RepeatedFlag;

    public override RunPlan Read(RunPlan plan, PlanText text) => text.IsNull ? plan : Set(plan, Type.Parse(text));

    public override RunPlan ReadFlag(RunPlan plan, PlanText text) => FromFlag is null ? Read(plan, text) : FromFlag(plan, text);

    public override string? Problem(RunPlan plan) => Rule?.Invoke(Get(plan)) ?? Across?.Invoke(plan);

    public override bool IsSet(RunPlan plan) => Get(plan) is not null;

    public override void WriteJson(Utf8JsonWriter writer, RunPlan plan, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, Get(plan), options);

    public override RunPlan ReadJson(RunPlan plan, ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        Set(plan, JsonSerializer.Deserialize<T>(ref reader, options)!);

    public override RunPlan ForManifest(RunPlan plan) => Recorded is null || Get(plan) is null ? plan : Set(plan, Recorded(Get(plan)));

    public override string? IdentityText(RunPlan plan) => Identity?.Invoke(Get(plan));

    public override string? Warning(RunPlan plan) => Get(plan) is { } value ? Warn?.Invoke(value) : null;
}
