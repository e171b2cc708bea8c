namespace Evaluate.Core.Components;

/// <summary>Name and effective parameters of a component as recorded in results.</summary>
/// <param name="Label">Human-facing name; a simulated component says "simulated" in it.</param>
public sealed record ComponentDescriptor(string Name, string Label, IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>A simulated stand-in (the embedded reasoner, a simulated reward model): flagged in every result it touches.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("simulated")]
    public bool Simulated { get; init; }

    public static ComponentDescriptor Of(string name, string label, params (string Key, object Value)[] parameters) =>
        new(name, label, new SortedDictionary<string, string>(
            parameters.ToDictionary(p => p.Key, p => Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            StringComparer.Ordinal));

    public override string ToString() =>
        Parameters.Count == 0 ? Name : $"{Name}:{string.Join(",", Parameters.Select(p => $"{p.Key}={p.Value}"))}";
}
