using System.Text.RegularExpressions;
using Evaluate.Core.Analysis;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Grading;

namespace Evaluate.Suites.Custom;

/// <summary>
/// Multiple-choice letters A-J. Strict: the letter in the last <c>\boxed{}</c> or after the last "answer is" /
/// "Answer:". Flexible: else the last standalone "(X)" or "X)" in the text. Gold may be written "B", "(B)" or "b".
/// </summary>
public sealed partial class ChoiceAnswerChecker(ExtractionMode mode = ExtractionMode.Strict) : IAnswerChecker
{
    /// <summary>Boxes and "Answer:" / "the answer is" are what <see cref="Extract"/> reads.</summary>
    public AnswerCues Cues => AnswerCues.Boxed | AnswerCues.AnswerPhrase;

    public string? Extract(string response)
    {
        var text = AnswerExtractor.VisibleText(response);
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (AnswerExtractor.LastBoxed(text) is { } boxed && Letter(boxed) is { } fromBox) return fromBox;
        var stated = AnswerStatement().Matches(text);
        if (stated.Count > 0) return stated[^1].Groups["letter"].Value.ToUpperInvariant();
        if (mode == ExtractionMode.Strict) return null;
        var loose = Parenthesised().Matches(text);
        return loose.Count > 0 ? loose[^1].Groups["letter"].Value : null;
    }

    public Verdict Grade(Problem problem, string? extracted)
    {
        if (extracted is null) return Verdict.NoAnswer;
        var gold = Letter(problem.Gold);
        if (gold is null) return new Verdict(false, GradingReasons.Unparseable);
        return Letter(extracted) == gold ? new Verdict(true, GradingReasons.ChoiceEqual) : new Verdict(false, GradingReasons.NotEqual);
    }

    public bool Equivalent(Problem problem, string a, string b) => Letter(a) is { } x && x == Letter(b);

    /// <summary>"B", "(b)", "B." or "\text{(B)}" → "B"; anything else → null.</summary>
    private static string? Letter(string text)
    {
        var match = LoneLetter().Match(text.Trim());
        return match.Success ? match.Groups["letter"].Value.ToUpperInvariant() : null;
    }

    [GeneratedRegex(@"^(?:\\text(?:bf)?\{)?\(?(?<letter>[A-Ja-j])\)?\}?\.?$")]
    private static partial Regex LoneLetter();

    [GeneratedRegex(@"(?:answer is|answer:)\s*\$?(?:\\text(?:bf)?\{)?\(?(?<letter>[A-Ja-j])\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerStatement();

    [GeneratedRegex(@"(?<![A-Za-z])\(?(?<letter>[A-J])\)(?![A-Za-z])")]
    private static partial Regex Parenthesised();
}
