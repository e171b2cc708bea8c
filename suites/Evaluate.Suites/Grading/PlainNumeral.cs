namespace Evaluate.Suites.Grading;

/// <summary>
/// Allocation-free value comparison of plain numerals such as "-12", "3.50", ".5". For two such numerals
/// the full engine would also decide by exact value (the rounding rule never applies between two
/// decimals, and an integer rounded to any number of places is itself), so this is only a shortcut.
/// </summary>
public static class PlainNumeral
{
    /// <summary>Whether both are equal numerals, or null when either is not a plain numeral.</summary>
    public static bool? TryCompare(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (!TrySplit(a, out bool na, out var ia, out var fa) || !TrySplit(b, out bool nb, out var ib, out var fb)) return null;
        bool za = ia.IsEmpty && fa.IsEmpty, zb = ib.IsEmpty && fb.IsEmpty;
        if (za || zb) return za && zb;
        return na == nb && ia.SequenceEqual(ib) && fa.SequenceEqual(fb);
    }

    /// <summary>Sign, integer digits without leading zeros and fraction digits without trailing zeros.</summary>
    private static bool TrySplit(ReadOnlySpan<char> s, out bool negative, out ReadOnlySpan<char> integer, out ReadOnlySpan<char> fraction)
    {
        integer = fraction = default;
        negative = s.Length > 0 && s[0] == '-';
        if (negative) s = s[1..];
        if (s.IsEmpty || s.Length > GradingLimits.MaxDigits) return false;
        int point = s.IndexOf('.');
        var whole = point < 0 ? s : s[..point];
        var part = point < 0 ? default : s[(point + 1)..];
        if (point >= 0 && part.IsEmpty) return false;
        if (whole.IsEmpty && part.IsEmpty) return false;
        foreach (char c in whole) if (!char.IsAsciiDigit(c)) return false;
        foreach (char c in part) if (!char.IsAsciiDigit(c)) return false;
        integer = whole.TrimStart('0');
        fraction = part.TrimEnd('0');
        return true;
    }
}
