using Evaluate.Core.Problems;
using Evaluate.Suites.Grading;
using NUnit.Framework;

namespace Evaluate.Tests.Grading;

public sealed class CheckerOptionsTests
{
    private static Problem Gold(string gold) => new("p", "", gold, ProblemMeta.None);

    [Test]
    public void OrderedListsOptionMakesBareListsOrderSensitiveButNotSets()
    {
        var ordered = new MathAnswerChecker(unorderedLists: false);
        Assert.That(ordered.Grade(Gold("3, 5"), "5, 3").Correct, Is.False);
        Assert.That(ordered.Grade(Gold("3, 5"), "3, 5").Correct, Is.True);
        Assert.That(ordered.Grade(Gold("\\{3, 5\\}"), "\\{5, 3\\}").Correct, Is.True);
        Assert.That(new MathAnswerChecker().Grade(Gold("3, 5"), "5, 3").Reason, Is.EqualTo(GradingReasons.SetEqual));
    }

    [TestCase("\\frac{1}{2}", "0.5", true)]
    [TestCase("x^2-1", "(x-1)(x+1)", true)]
    [TestCase("\\text{(C)}", "C", true)]
    [TestCase("5", "6", false)]
    [TestCase("3", "5 or 6", false)]
    public void EquivalentServesMajorityVoting(string a, string b, bool expected)
    {
        var checker = new MathAnswerChecker();
        Assert.That(checker.Equivalent(Gold("unused"), a, b), Is.EqualTo(expected));
        Assert.That(checker.Equivalent(Gold("unused"), b, a), Is.EqualTo(expected), "voting must not depend on argument order");
    }

    [TestCase("\\frac12", "The final answer is $0.5$.", true, "numeric-equal")]
    [TestCase("\\frac12", "\\boxed{\\frac{2}{4}}", true, "numeric-equal")]
    [TestCase("(2,12) \\cup (12,102)", "x \\in (2,12)\\cup(12,102)", true, "interval-equal")]
    [TestCase("x+1", "\\boxed{1+x}", true, "symbolic-equal")]
    [TestCase("7", "\\boxed{8}", false, "not-equal")]
    [TestCase("7", "\\boxed{\\frac{}{}}", false, "unparseable")]
    [TestCase("7", "<think>7", false, "no-answer")]
    public void FacadeReportsVerdictAndReason(string gold, string answer, bool correct, string reason)
    {
        var verdict = AnswerEquivalence.Check(gold, answer);
        Assert.That((verdict.Correct, verdict.Reason), Is.EqualTo((correct, reason)));
    }

    [Test]
    public void FlexibleMathModeFallsBackToTheLastNumber()
    {
        const string response = "After checking every case carefully we count 14 arrangements in total";
        Assert.That(new MathAnswerChecker().Grade(Gold("14"), new MathAnswerChecker().Extract(response)).Correct, Is.False);
        var flexible = new MathAnswerChecker(ExtractionMode.Flexible);
        Assert.That(flexible.Grade(Gold("14"), flexible.Extract(response)).Correct, Is.True);
    }
}
