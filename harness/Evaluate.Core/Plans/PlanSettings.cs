using System.Text.Json;

namespace Evaluate.Core.Plans;

/// <summary>
/// Values of the plan keys components declare (an adapter's endpoint, say), in the order they were set. The core
/// plan holds them without knowing them; each is read through its declaring <see cref="PlanKey{T}"/>. Read back from a
/// manifest they are JSON values, written again as they were.
/// </summary>
public sealed class PlanSettings
{
    private readonly IReadOnlyList<KeyValuePair<string, object?>> _values;

    private PlanSettings(IReadOnlyList<KeyValuePair<string, object?>> values) => _values = values;

    public static PlanSettings Empty { get; } = new([]);

    public IReadOnlyList<KeyValuePair<string, object?>> Values => _values;

    public bool Contains(string name) => _values.Any(v => v.Key == name);

    public object? Get(string name) => _values.FirstOrDefault(v => v.Key == name).Value;

    /// <summary>These settings with <paramref name="name"/> set (in its place when it was set before, else last).</summary>
    public PlanSettings With(string name, object? value)
    {
        var values = _values.ToList();
        var at = values.FindIndex(v => v.Key == name);
        if (at >= 0) values[at] = new(name, value);
        else values.Add(new(name, value));
        return new PlanSettings(values);
    }

    /// <summary>A value as <typeparamref name="T"/>: set in this process, or read back from a manifest.</summary>
    public T? Get<T>(string name) => Get(name) switch
    {
        T value => value,
        JsonElement { ValueKind: JsonValueKind.Null } => default,
        JsonElement json => json.Deserialize<T>(Running.ResultJson.Indented),
        _ => default,
    };
}
