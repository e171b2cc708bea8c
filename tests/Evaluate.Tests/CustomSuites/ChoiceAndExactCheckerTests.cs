using Evaluate.Core.Problems;
using Evaluate.Suites.Custom;
using Evaluate.Suites.Grading;

namespace Evaluate.Tests.CustomSuites;

public sealed class ChoiceAndExactCheckerTests
{
    private static Problem Gold(string gold) => new("1", "q", gold, ProblemMeta.None);

    [TestCase("B", "The answer is (B).", ExtractionMode.Strict, true)]
    [TestCase("(b)", "so \\boxed{B}", ExtractionMode.Strict, true)]
    [TestCase("B", "Answer: C", ExtractionMode.Strict, false)]
    [TestCase("B", "I think (A) is wrong, so B) it is", ExtractionMode.Strict, false)]
    [TestCase("B", "I think (A) is wrong, so B) it is", ExtractionMode.Flexible, true)]
    [TestCase("D", "Answer: \\text{(D)}", ExtractionMode.Strict, true)]
    public void Choice_letters(string gold, string response, ExtractionMode mode, bool correct)
    {
        var checker = new ChoiceAnswerChecker(mode);
        Assert.That(checker.Grade(Gold(gold), checker.Extract(response)).Correct, Is.EqualTo(correct));
    }

    [Test]
    public void Choice_votes_group_by_letter()
    {
        var checker = new ChoiceAnswerChecker();
        Assert.That(checker.Equivalent(Gold("A"), "b", "(B)"), Is.True);
        Assert.That(checker.Equivalent(Gold("A"), "A", "B"), Is.False);
    }

    [TestCase("Paris", "The capital is \\boxed{Paris}.", ExtractionMode.Strict, true)]
    [TestCase("New  York", "Answer: New York.", ExtractionMode.Strict, true)]
    [TestCase("Paris", "Answer: paris", ExtractionMode.Strict, false)]
    [TestCase("Paris", "It must be\nParis", ExtractionMode.Strict, false)]
    [TestCase("Paris", "It must be\nParis", ExtractionMode.Flexible, true)]
    public void Exact_strings(string gold, string response, ExtractionMode mode, bool correct)
    {
        var checker = new ExactAnswerChecker(mode);
        Assert.That(checker.Grade(Gold(gold), checker.Extract(response)).Correct, Is.EqualTo(correct));
    }
}
