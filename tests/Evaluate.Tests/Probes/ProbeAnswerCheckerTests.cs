using NUnit.Framework;
using Evaluate.Core.Analysis;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Probes;

namespace Evaluate.Tests.Probes;

public class ProbeAnswerCheckerTests
{
    private static readonly ProbeAnswerChecker Checker = new();
    private static readonly Problem Five = new("probe-x", "What is 2+3?", "5", new ProblemMeta("trivial", "arithmetic", 0.02, true));

    [Test]
    public void AcceptsBoxedFiveAndRejectsSix()
    {
        Assert.That(Checker.Grade(Five, Checker.Extract("2 + 3 = 5, so \\boxed{5}.")).Correct, Is.True);
        Assert.That(Checker.Grade(Five, Checker.Extract("I think \\boxed{6}.")).Correct, Is.False);
    }

    [Test]
    public void TakesTheLastBoxThenFallsBackToTheAnswerPhrase()
    {
        Assert.That(Checker.Extract("\\boxed{6} no wait \\boxed{5}"), Is.EqualTo("5"));
        Assert.That(Checker.Extract("So the answer is 5."), Is.EqualTo("5"));
        Assert.That(Checker.Extract("No idea."), Is.Null);
        Assert.That(Checker.Grade(Five, null), Is.EqualTo(Verdict.NoAnswer));
    }

    [TestCase("5.0", true)]
    [TestCase("$5$", true)]
    [TestCase("5.", true)]
    [TestCase("05", true)]
    [TestCase("-5", false)]
    [TestCase("5.01", false)]
    [TestCase("five", false)]
    public void ComparesExactlyAsNumbers(string extracted, bool correct)
    {
        Assert.That(Checker.Grade(Five, extracted).Correct, Is.EqualTo(correct));
    }

    [Test]
    public void EquivalenceIsNumeric()
    {
        Assert.That(Checker.Equivalent(Five, "5", "5.00"), Is.True);
        Assert.That(Checker.Equivalent(Five, "1,000", "1000"), Is.True);
        Assert.That(Checker.Equivalent(Five, "5", "6"), Is.False);
        Assert.That(Checker.Equivalent(Five, "x", "x"), Is.True);
    }

    /// <summary>Rounds end only at statements the probe checker reads (boxes, "the answer is N"): a bare "So 2 + 3 = 6."
    /// is no probe answer, so the wrong round states its answer with a phrase.</summary>
    [Test]
    public void AnalyzerGradesRoundsWithTheSuiteChecker()
    {
        var analysis = new ResponseAnalyzer(ApproximateTokenPositionMapper.Instance).Analyze(
            "So the answer is 6.\nWait, no: the answer is \\boxed{5.0}.\nDouble-check: \\boxed{5}", null, "stop", Checker, Five);
        Assert.That(analysis.RoundDetails.Select(r => r.Correct), Is.EqualTo(new[] { false, true, true }));
        Assert.That(analysis.DistinctAnswers, Is.EqualTo(2));
        // Round three restates round two's 5 (5.0 and 5 are one answer and one quantity): no new answer, no new method.
        Assert.That(analysis.RoundDetails.Select(r => r.IsNew), Is.EqualTo(new[] { true, true, false }));
        var withoutPhrase = new ResponseAnalyzer(ApproximateTokenPositionMapper.Instance).Analyze(
            "So 2 + 3 = 6.\nDouble-check: \\boxed{5}", null, "stop", Checker, Five);
        Assert.That(withoutPhrase.RoundDetails.Select(r => r.Answer), Is.EqualTo(new[] { "5" }));
    }
}
