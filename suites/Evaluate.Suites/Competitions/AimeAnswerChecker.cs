using System.Globalization;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Grading;

namespace Evaluate.Suites.Competitions;

/// <summary>
/// AIME answers are integers from 0 to 999, as MathArena's and Qwen2.5-Math's AIME evaluations grade them: the
/// extracted answer must be a whole number written in digits (leading zeros allowed: "033" is 33) within that range;
/// anything else — a fraction, a decimal, an expression, 1000 or more — is wrong, even when it equals the gold in value
/// ("33.0" is not an AIME answer). Extraction is the MATH checkers' strict one (the last \boxed{}, answer phrases).
/// </summary>
public sealed class AimeAnswerChecker : IAnswerChecker
{
    public const string IntegerEqual = "integer-equal";
    public const string NotAnInteger = "not-an-aime-integer";
    public const string OutOfRange = "out-of-range";

    private static readonly MathAnswerChecker Extraction = new(ExtractionMode.Strict);

    public string? Extract(string response) => Extraction.Extract(response);

    public Evaluate.Core.Analysis.AnswerCues Cues => Extraction.Cues;

    public Evaluate.Core.Analysis.RoundAnswerWording RoundAnswers => Extraction.RoundAnswers;

    public Verdict Grade(Problem problem, string? extracted)
    {
        if (extracted is null || AnswerText.Clean(extracted).Length == 0) return Verdict.NoAnswer;
        if (Integer(problem.Gold) is not { } gold) return new Verdict(false, GradingReasons.UnparseableGoldNotation);
        var text = Digits(extracted);
        if (text is null) return new Verdict(false, NotAnInteger);
        if (Integer(text) is not { } answer) return new Verdict(false, OutOfRange);
        return answer == gold ? new Verdict(true, IntegerEqual) : new Verdict(false, GradingReasons.NotEqual);
    }

    public bool Equivalent(Problem problem, string a, string b) =>
        Integer(Digits(a)) is { } x && Integer(Digits(b)) is { } y ? x == y : AnswerText.SameIgnoringSpace(AnswerText.Clean(a), AnswerText.Clean(b));

    /// <summary>The value of an AIME answer ("033" → 33), or null when it is not a digit string from 0 to 999.</summary>
    public static int? Integer(string? text)
    {
        var digits = Digits(text);
        if (digits is null) return null;
        var significant = digits.TrimStart('0');
        if (significant.Length > 3) return null;
        return significant.Length == 0 ? 0 : int.Parse(significant, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>The answer as a bare digit string (math delimiters and a closing full stop removed), or null.</summary>
    private static string? Digits(string? text)
    {
        if (text is null) return null;
        var s = AnswerText.Clean(text).Trim();
        if (s.StartsWith('{') && s.EndsWith('}')) s = s[1..^1].Trim();
        return s.Length > 0 && s.All(char.IsAsciiDigit) ? s : null;
    }
}
