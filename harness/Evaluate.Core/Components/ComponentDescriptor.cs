using System.Text.Json.Serialization;

namespace Evaluate.Core.Components;

/// <summary>Name and effective parameters of a component as recorded in results.</summary>
/// <param name="Label">Human-facing name; a simulated component says "simulated" in it.</param>
/// <param name="Parameters">What the component is: its identity, part of every record's key and the run fingerprint.</param>
public sealed record ComponentDescriptor(string Name, string Label, IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>A simulated stand-in (the embedded reasoner, a simulated reward model): flagged in every result it touches.</summary>
    [JsonPropertyName("simulated")]
    public bool Simulated { get; init; }

    /// <summary>
    /// Where the component runs (an endpoint URL), recorded but not part of its identity: the same model served from
    /// two hosts is the same model, so its records, keys and fingerprint do not change with the host.
    /// </summary>
    [JsonPropertyName("deployment"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Deployment { get; init; }

    public static ComponentDescriptor Of(string name, string label, params (string Key, object Value)[] parameters) =>
        new(name, label, Sorted(parameters));

    public static IReadOnlyDictionary<string, string> Sorted(params (string Key, object Value)[] parameters) =>
        new SortedDictionary<string, string>(
            parameters.ToDictionary(p => p.Key, p => Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            StringComparer.Ordinal);

    /// <summary>The logical identity: name and parameters, never the deployment.</summary>
    public override string ToString() =>
        Parameters.Count == 0 ? Name : $"{Name}:{string.Join(",", Parameters.Select(p => $"{p.Key}={p.Value}"))}";
}
