using System.Globalization;

namespace Evaluate.Core.Running;

/// <summary>
/// How many errored problems a run tolerates before it stops (<c>--max-errors N</c> or <c>N%</c>). A share is judged
/// only once <see cref="MinimumForShare"/> problems were attempted, so two early failures do not stop a large run.
/// </summary>
public sealed record ErrorLimit(int? Count, double? Share)
{
    public const int MinimumForShare = 10;

    /// <summary>The default: stop when more than a fifth of the problems attempted so far failed.</summary>
    public static ErrorLimit Default { get; } = new(null, 0.2);

    public static ErrorLimit Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.EndsWith('%')
            && double.TryParse(trimmed[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) && percent is >= 0 and <= 100)
            return new ErrorLimit(null, percent / 100);
        if (int.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count >= 0)
            return new ErrorLimit(count, null);
        throw new UsageException($"max_errors (--max-errors) must be a count (e.g. 10) or a share in percent (e.g. 5%), got '{text}'");
    }

    public bool IsExceeded(int errors, int attempted) =>
        Count is { } n ? errors > n : errors > 0 && attempted >= MinimumForShare && errors > Share!.Value * attempted;

    public override string ToString() =>
        Count is { } n ? n.ToString(CultureInfo.InvariantCulture) : (Share!.Value * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
