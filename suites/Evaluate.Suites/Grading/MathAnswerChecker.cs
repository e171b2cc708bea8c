using Evaluate.Core.Analysis;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;

namespace Evaluate.Suites.Grading;

/// <summary>Answer checker for MATH-500, MATH and Omni-MATH: LaTeX answers compared by the equivalence engine.</summary>
/// <param name="mode">Strict: explicit answer markers only; Flexible: also the last number.</param>
/// <param name="unorderedLists">Whether "3, 5" matches "5, 3" (sets always ignore order; tuples never do).</param>
/// <param name="decimalComma">Whether an unambiguous "1,22" is read as 1.22 (<see cref="Grading.DecimalComma"/>).</param>
public sealed class MathAnswerChecker(ExtractionMode mode = ExtractionMode.Strict, bool unorderedLists = true, DecimalComma decimalComma = DecimalComma.Auto)
    : IAnswerChecker
{
    public ExtractionMode Mode { get; } = mode;
    public bool UnorderedLists { get; } = unorderedLists;
    public DecimalComma DecimalComma { get; } = decimalComma;

    public string? Extract(string response) => RelationStatement.Core(AnswerExtractor.ExtractMath(response, Mode));

    /// <summary>Boxes, "####", answer phrases and concluding equations all state math answers.</summary>
    public AnswerCues Cues => AnswerCues.All;

    /// <summary>Rounds keep a box's raw content ("\[ x \]" where extraction cleans it to "x"): recorded outputs depend on it.</summary>
    public RoundAnswerWording RoundAnswers => RoundAnswerWording.Stated;

    /// <summary>Grades against the answer the gold states (see <see cref="GoldAnswer"/>); the reason names the gold rule when one applied.</summary>
    public Verdict Grade(Problem problem, string? extracted)
    {
        if (extracted is null) return Verdict.NoAnswer;
        var gold = ResolveGold(problem.Gold);
        // An answer that restates a solution-like gold word for word is correct whatever the gold rule extracted.
        if (gold.Rule is not null && AnswerText.SameIgnoringSpace(AnswerText.Clean(problem.Gold), AnswerText.Clean(extracted)))
            return new Verdict(true, GradingReasons.Equal);
        var verdict = MathEquivalence.Check(gold.Text, extracted, UnorderedLists, DecimalComma);
        return gold.Rule is null ? verdict : verdict with { Reason = $"{verdict.Reason} ({gold.Rule})" };
    }

    // The gold of the last graded problem: samples of one problem are graded one after another. One immutable entry,
    // replaced atomically, so concurrent graders at worst resolve a gold twice.
    private GoldEntry? _lastGold;

    private sealed record GoldEntry(string Gold, GoldAnswer.Resolved Resolved);

    private GoldAnswer.Resolved ResolveGold(string gold)
    {
        var last = _lastGold;
        if (last is not null && ReferenceEquals(last.Gold, gold)) return last.Resolved;
        var resolved = GoldAnswer.Resolve(gold);
        _lastGold = new GoldEntry(gold, resolved);
        return resolved;
    }

    /// <summary>Answer classes compare two answers without a gold, so the gold-dependent decimal-comma reading is not applied (symmetric).</summary>
    public bool Equivalent(Problem problem, string a, string b) => MathEquivalence.Check(a, b, UnorderedLists, DecimalComma.Never).Correct;
}
