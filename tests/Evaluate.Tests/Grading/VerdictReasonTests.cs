using System.Text;
using Evaluate.Core.Components;
using Evaluate.Suites.Catalog;
using Evaluate.Suites.Grading;
using NUnit.Framework;

namespace Evaluate.Tests.Grading;

/// <summary>The reason strings reports rely on: which gold rule applied, and how an ungradable verdict is recognised.</summary>
public sealed class VerdictReasonTests
{
    private static readonly ComponentRegistry<PairsGrader> Graders = GraderRegistrations.Create();

    [TestCase("The answer is \\boxed{5}.", "5", true, "equal (gold: last box)")]
    [TestCase("\\[\\boxed{\\frac{\\pi}{4}}\\]", "\\frac{\\pi}{4}", true, "equal (gold: last box)")]
    [TestCase("The smallest possible value of \\(a_{10}\\) is \\(248\\).", "248", true, "equal (gold: extracted)")]
    [TestCase("The smallest possible value of \\(a_{10}\\) is \\(248\\).", "247", false, "not-equal (gold: extracted)")]
    [TestCase("n \\text{ is odd}", "n", false, "unparseable-gold: prose")]
    [TestCase("Cathy can win if and only if \\( n \\leq 2^{k-1} \\).", "n \\le 2^{k-1}", false, "unparseable-gold: prose")]
    [TestCase("n \\equiv 1 \\pmod 4", "1", false, "unparseable-gold: notation")]
    [TestCase("7", "\\boxed{\\frac{}{}}", false, "unparseable")]
    [TestCase("\\text{Evelyn}", "\\text{Navin}", false, "not-equal")]
    [TestCase("\\text{no solution}", "\\emptyset", true, "interval-equal")]
    [TestCase("y = 7", "y = 2 \\cdot 3 + 1 = 7", true, "numeric-equal")]
    public void ReasonNamesTheRuleThatDecided(string gold, string answer, bool correct, string reason)
    {
        var verdict = AnswerEquivalence.Check(gold, answer);
        Assert.That((verdict.Correct, verdict.Reason), Is.EqualTo((correct, reason)));
    }

    [TestCase("unparseable", true)]
    [TestCase("unparseable-gold: prose", true)]
    [TestCase("unparseable-gold: notation (gold: extracted)", true)]
    [TestCase("unparseable (gold: last box)", true)]
    [TestCase("not-equal", false)]
    [TestCase("no-answer", false)]
    [TestCase("equal (gold: last box)", false)]
    public void UngradableVerdictsShareOnePrefix(string reason, bool ungradable) =>
        Assert.That(GradingReasons.IsUngradable(reason), Is.EqualTo(ungradable));

    [Test]
    public void PairsGraderCountsUngradableGoldsAsUnparseable()
    {
        const string lines = """
            {"gold": "n \\text{ is odd}", "response": "\\boxed{n}"}
            {"gold": "n \\equiv 1 \\pmod 4", "response": "\\boxed{1}"}
            {"gold": "5", "response": "\\boxed{6}"}
            {"gold": "The answer is \\boxed{5}.", "response": "\\boxed{5}"}
            """;
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(lines));
        using var output = new MemoryStream();
        var counts = Graders.Create("omni-math", new ComponentContext()).Grade(input, output, "pairs.jsonl");
        Assert.That(counts, Is.EqualTo(new GradingCounts(Correct: 1, Wrong: 1, Unparseable: 2, NoAnswer: 0, BadLines: 0)));
    }
}
