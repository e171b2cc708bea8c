using System.Text.RegularExpressions;

namespace Evaluate.Suites.Grading.Tolerant;

/// <summary>
/// Removes the units written after a number, the way the upstream evaluations of Minerva Math and OlympiadBench do
/// before comparing: a trailing <c>\text{…}</c>/<c>\mathrm{…}</c>/<c>\mbox{…}</c> (Qwen2.5-Math's strip_string drops a
/// trailing \text{…}), a degree sign and a percent sign (both judges drop <c>^\circ</c> and <c>%</c>), and, for
/// OlympiadBench, the problem's own <c>unit</c> field when the answer ends with it.
/// </summary>
public static partial class UnitText
{
    public static string Strip(string answer, string? unit = null)
    {
        var s = answer.Trim();
        for (var round = 0; round < 4; round++)
        {
            var before = s;
            s = s.Replace("^{\\circ}", "", StringComparison.Ordinal).Replace("^\\circ", "", StringComparison.Ordinal)
                .Replace("\\%", "", StringComparison.Ordinal).Replace("%", "", StringComparison.Ordinal).Trim();
            if (!string.IsNullOrWhiteSpace(unit))
            {
                var u = unit.Trim().Trim('$').Trim();
                if (u.Length > 0 && s.EndsWith(u, StringComparison.Ordinal) && s.Length > u.Length) s = s[..^u.Length].TrimEnd();
            }
            var trailing = TrailingText().Match(s);
            if (trailing.Success && trailing.Index > 0) s = s[..trailing.Index].TrimEnd();
            s = s.TrimEnd('~', ' ').Trim();
            if (s.EndsWith("\\,", StringComparison.Ordinal) || s.EndsWith("\\;", StringComparison.Ordinal) || s.EndsWith("\\ ", StringComparison.Ordinal)) s = s[..^2].TrimEnd();
            if (s == before) break;
        }
        return s.Length == 0 ? answer.Trim() : s;
    }

    [GeneratedRegex(@"\\(text|mathrm|mbox|textrm|operatorname)\s*\{[^{}]*\}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingText();
}
