using System.Globalization;

namespace Evaluate.Core.Suites;

/// <summary>
/// A calendar date known to the month or to the day (<c>2024-02</c>, <c>2025-02-06</c>): competitions are dated to
/// the day where the day is known, and release dates or knowledge cutoffs are often given to the month.
/// </summary>
public readonly record struct PartialDate(int Year, int Month, int? Day)
{
    /// <summary>The first day the date can mean (the 1st when only the month is known).</summary>
    public DateOnly Earliest => new(Year, Month, Day ?? 1);

    /// <summary>The last day the date can mean (the month's last day when only the month is known).</summary>
    public DateOnly Latest => new(Year, Month, Day ?? DateTime.DaysInMonth(Year, Month));

    /// <summary>Reads <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; null when the text is neither or names no real day.</summary>
    public static PartialDate? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Trim().Split('-');
        if (parts.Length is not (2 or 3) || parts[0].Length != 4 || parts[1].Length != 2 || (parts.Length == 3 && parts[2].Length != 2)) return null;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
            return null;
        if (parts.Length == 2) return new PartialDate(year, month, null);
        if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        return new PartialDate(year, month, day);
    }

    /// <summary>The problem with <paramref name="text"/> as a date (for plan rules), or null when it is one.</summary>
    public static string? Problem(string? text) =>
        text is null || TryParse(text) is not null ? null : $"must be a date YYYY-MM or YYYY-MM-DD, got '{text}'";

    public override string ToString() => Day is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{d:D2}")
        : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
