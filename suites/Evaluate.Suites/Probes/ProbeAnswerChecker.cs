using System.Globalization;
using System.Text.RegularExpressions;
using Evaluate.Core.Analysis;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;

namespace Evaluate.Suites.Probes;

/// <summary>
/// Deliberately small checker for the probes: the last <c>\boxed{}</c> (else the last "the answer is N"), compared
/// exactly as a decimal number. Thousands commas, "$" and a trailing period are ignored. Meant to be replaced by the
/// project's full math answer engine.
/// </summary>
public sealed class ProbeAnswerChecker : IAnswerChecker
{
    private static readonly PerThreadRegex AnswerIs = new(
        @"answer\s+is\s*:?\s*\$?\s*(-?\d[\d,]*(?:\.\d+)?)",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The two statements <see cref="Extract"/> reads.</summary>
    public AnswerCues Cues => AnswerCues.Boxed | AnswerCues.AnswerPhrase;

    public string? Extract(string response)
    {
        if (string.IsNullOrEmpty(response)) return null;
        var boxed = BoxedExpressions.Last(response);
        if (boxed is not null) return boxed;
        Match? last = null;
        foreach (Match match in AnswerIs.Matches(response)) last = match;
        return last?.Groups[1].Value;
    }

    public Verdict Grade(Problem problem, string? extracted)
    {
        if (string.IsNullOrWhiteSpace(extracted)) return Verdict.NoAnswer;
        if (!TryNumber(extracted, out var value)) return new Verdict(false, "unparseable");
        if (!TryNumber(problem.Gold, out var gold)) return new Verdict(false, "unparseable-gold");
        return value == gold ? new Verdict(true, "numeric-equal") : new Verdict(false, "not-equal");
    }

    public bool Equivalent(Problem problem, string a, string b) =>
        TryNumber(a, out var x) && TryNumber(b, out var y)
            ? x == y
            : string.Equals(a.Trim(), b.Trim(), StringComparison.Ordinal);

    /// <summary>Integers and plain decimals only; "5", "-3", "1,000", "2.50", "$5." parse, "1/2" and "x=5" do not.</summary>
    internal static bool TryNumber(string text, out decimal value)
    {
        var cleaned = text.Trim().Trim('$').Trim().TrimEnd('.').Replace(",", "", StringComparison.Ordinal);
        if (cleaned.StartsWith(@"\text{", StringComparison.Ordinal) && cleaned.EndsWith('}')) cleaned = cleaned[6..^1].Trim();
        return decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value);
    }
}
