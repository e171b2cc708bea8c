namespace Evaluate.Core.Metrics;

/// <summary>
/// Shares the values that repeat on every sample line (ids, levels, token sources, marker tables) among the
/// <see cref="SampleFacts"/> of a run, so each distinct value is held once.
/// </summary>
public sealed class FactsPool
{
    /// <summary>Only short values are pooled, and only so many: a pool of every distinct long string would itself grow.</summary>
    private const int MaxPooledLength = 256;
    private const int MaxPooledStrings = 1_000_000;
    private const int MaxPooledMarkerTables = 100_000;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, int>> _markers = new(StringComparer.Ordinal);

    public string Shared(string value)
    {
        if (_strings.TryGetValue(value, out var shared)) return shared;
        if (value.Length <= MaxPooledLength && _strings.Count < MaxPooledStrings) _strings[value] = value;
        return value;
    }

    public string? SharedOrNull(string? value) => value is null ? null : Shared(value);

    /// <summary>Marker counts repeat across samples (mostly zeros): equal tables share one instance.</summary>
    public IReadOnlyDictionary<string, int> SharedMarkers(IReadOnlyDictionary<string, int> markers)
    {
        var key = string.Join(',', markers.Select(m => $"{m.Key}={m.Value}"));
        if (_markers.TryGetValue(key, out var shared)) return shared;
        if (_markers.Count < MaxPooledMarkerTables) _markers[key] = markers;
        return markers;
    }
}
