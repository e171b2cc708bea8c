using Evaluate.Core.Analysis;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Grading.Evaluation;
using Evaluate.Suites.Grading.Parsing;

namespace Evaluate.Suites.Grading;

/// <summary>
/// GSM8K: the answer is one number. Commas, currency signs, units and a closing full stop are
/// ignored; values compare exactly ("18.00" = "18"). The gold may be the bare final answer or a
/// full GSM8K solution ending in "#### N".
/// </summary>
public sealed class Gsm8kAnswerChecker(ExtractionMode mode = ExtractionMode.Flexible) : IAnswerChecker
{
    public ExtractionMode Mode { get; } = mode;

    public string? Extract(string response) => AnswerExtractor.ExtractGsm8k(response, Mode);

    /// <summary>"####", answer phrases, boxes and concluding equations; a round records what extraction reads at its end.</summary>
    public AnswerCues Cues => AnswerCues.All;

    public Verdict Grade(Problem problem, string? extracted)
    {
        if (extracted is null) return Verdict.NoAnswer;
        var goldText = problem.Gold;
        int hashes = goldText.LastIndexOf("####", StringComparison.Ordinal);
        if (hashes >= 0) goldText = goldText[(hashes + 4)..];
        var gold = NumericValue(goldText);
        var answer = NumericValue(extracted);
        if (gold is null || answer is null) return new Verdict(false, GradingReasons.Unparseable);
        return gold.Value == answer.Value ? new Verdict(true, GradingReasons.NumericEqual) : new Verdict(false, GradingReasons.NotEqual);
    }

    public bool Equivalent(Problem problem, string a, string b) =>
        NumericValue(a) is { } x && NumericValue(b) is { } y && x == y;

    /// <summary>The exact value of a numeric answer: the whole text if it is a number expression, else its first number.</summary>
    public static BigRational? NumericValue(string text)
    {
        if (text.Length > GradingLimits.MaxAnswerLength) return null;
        var cleaned = AnswerText.Clean(text);
        var budget = new WorkBudget();
        var tree = MathParser.Parse(cleaned, budget);
        if (tree is not null && ExactEvaluator.TryEvaluate(tree, budget) is { } value) return value;
        var first = FirstNumber(cleaned, out bool negative);
        var literal = first is null ? null : NumberLiteral.TryParse(first, new WorkBudget());
        if (literal is null) return null;
        return negative ? literal.Value.Negate() : literal.Value;
    }

    private static string? FirstNumber(string text, out bool negative)
    {
        negative = false;
        int start = 0;
        while (start < text.Length && !char.IsAsciiDigit(text[start])) start++;
        if (start == text.Length) return null;
        negative = start > 0 && text[start - 1] == '-';
        var digits = new System.Text.StringBuilder();
        int i = start;
        for (; i < text.Length && digits.Length <= GradingLimits.MaxDigits; i++)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c)) digits.Append(c);
            else if (c == ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])) continue;
            else if (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])) digits.Append('.');
            else break;
        }
        return digits.ToString();
    }
}
