using System.Globalization;
using System.Text.Json;

namespace Evaluate.Core.Metrics;

/// <summary>
/// Typed reads of a metric value, whether it was computed in this process (double, int, double[]) or read back from
/// summary.json (a <see cref="JsonElement"/>). Missing and undefined values are null, never 0.
/// </summary>
public static class MetricValue
{
    public static double? Number(object? value) => value switch
    {
        double d => d,
        int i => i,
        long l => l,
        float f => f,
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
        JsonElement { ValueKind: JsonValueKind.String } e when double.TryParse(e.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    public static (double Low, double High)? Interval(object? value) => value switch
    {
        double[] { Length: 2 } pair => (pair[0], pair[1]),
        JsonElement { ValueKind: JsonValueKind.Array } e when e.GetArrayLength() == 2 && Number(e[0]) is { } low && Number(e[1]) is { } high => (low, high),
        _ => null,
    };

    public static double? Number(IReadOnlyDictionary<string, object?> metrics, string name) => Number(metrics.GetValueOrDefault(name));

    public static (double Low, double High)? Interval(IReadOnlyDictionary<string, object?> metrics, string name) => Interval(metrics.GetValueOrDefault(name));
}
