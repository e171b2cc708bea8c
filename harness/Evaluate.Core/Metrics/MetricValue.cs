using System.Globalization;
using System.Text.Json;

namespace Evaluate.Core.Metrics;

/// <summary>
/// One computed figure: which metric (its declaration), at which k, and its value: a number, an interval
/// <c>double[2]</c>, a table, or null when undefined (never 0). Written to summary.json by <see cref="MetricValues"/>.
/// The static members read a value typed, whether computed in this process or read back from summary.json.
/// </summary>
public sealed record MetricValue(MetricDescriptor Descriptor, int? K, object? Value)
{
    /// <summary>The concrete name summary.json uses (<c>pass@8</c>).</summary>
    public string Name => Descriptor.NameAt(K);

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
