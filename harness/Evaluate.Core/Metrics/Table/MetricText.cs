using System.Globalization;

namespace Evaluate.Core.Metrics.Table;

/// <summary>A metric value as people read it, by the metric's declared kind (a share as a percentage, tokens to one decimal…); "—" when undefined.</summary>
public static class MetricText
{
    public const string Missing = "—";

    public static string Format(MetricKind kind, object? value)
    {
        if (kind == MetricKind.Interval)
            return MetricValue.Interval(value) is { } i ? $"[{Percent(i.Low)}, {Percent(i.High)}]" : Missing;
        if (MetricValue.Number(value) is not { } number) return Missing;
        return kind switch
        {
            MetricKind.Proportion => Percent(number),
            MetricKind.Count => number.ToString("0", CultureInfo.InvariantCulture),
            MetricKind.Tokens => number.ToString("0.#", CultureInfo.InvariantCulture),
            MetricKind.Calls or MetricKind.Seconds => number.ToString("0.##", CultureInfo.InvariantCulture),
            MetricKind.Usd => Usd(number),
            _ => number.ToString("0.00", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Dollars to the micro-dollar (a simulated problem costs fractions of a cent); a smaller non-zero figure says so.</summary>
    public static string Usd(double value) =>
        value is > 0 and < 0.0000005 ? "<$0.000001" : "$" + value.ToString(value >= 100 ? "0" : value >= 1 ? "0.00" : "0.######", CultureInfo.InvariantCulture);

    /// <summary>A standard error as it follows a figure of its kind: a share's in percentage points (<c>1.3</c> of <c>72.5% ± 1.3</c>).</summary>
    public static string PlusMinus(MetricKind kind, double value) =>
        kind == MetricKind.Proportion ? (100 * value).ToString("0.0", CultureInfo.InvariantCulture) : Format(kind, value);

    public static string Percent(double value) => (100 * value).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
