namespace Evaluate.Suites.Grading.Parsing;

/// <summary>
/// What may sit between digit groups of one number. Explicit LaTeX separators ("{,}", ",\!", "\,", a thin space)
/// are never list commas, so they count at any bracket depth; a bare comma or a plain space only at top level.
/// </summary>
internal static class NumberSeparators
{
    /// <summary>A separator at <c>pos</c>: where the next digit group starts, whether it is explicit, and its spelling.</summary>
    public readonly record struct Separator(int DigitsStart, bool Explicit, bool BracedComma, bool BareComma)
    {
        /// <summary>
        /// A comma followed by other than three digits is a decimal comma only when that cannot be a list:
        /// "3{,}15" (LaTeX writes a braced comma only inside a number), or "3,15" in an answer written in euros.
        /// </summary>
        public bool CanBeDecimalComma(string s, int groupEnd, bool euroContext)
        {
            bool endsNumber = groupEnd == s.Length || !(char.IsAsciiDigit(s[groupEnd]) || s[groupEnd] is '.' or ',');
            if (!endsNumber) return false;
            if (BracedComma) return true;
            return BareComma && euroContext && groupEnd - DigitsStart <= 2;
        }
    }

    public static Separator? Match(string s, int pos)
    {
        char c = s[pos];
        if (c == ',')
        {
            int j = pos + 1;
            if (j + 1 < s.Length && s[j] == '\\' && s[j + 1] == '!')
            {
                j += 2;
                while (j < s.Length && s[j] == ' ') j++;
                return new Separator(j, true, false, false);
            }
            return new Separator(j, false, false, true);
        }
        if (c == '{' && pos + 2 < s.Length && s[pos + 1] == ',' && s[pos + 2] == '}') return new Separator(pos + 3, true, true, false);
        if (c == '\\' && pos + 1 < s.Length && s[pos + 1] == ',') return Digits(s, pos + 2, true);
        if (c is '\u2009' or '\u202F' or '\u00A0') return Digits(s, pos + 1, true);
        if (c == ' ') return Digits(s, pos + 1, false);
        return null;
    }

    // A spacing separator only counts when a digit follows directly (after "\," a space is tolerated).
    private static Separator? Digits(string s, int j, bool isExplicit)
    {
        if (isExplicit) while (j < s.Length && s[j] == ' ') j++;
        return j < s.Length && char.IsAsciiDigit(s[j]) ? new Separator(j, isExplicit, false, false) : null;
    }
}
