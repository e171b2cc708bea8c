using Evaluate.Core;
using Evaluate.Core.Components;
using Evaluate.Core.Problems;
using Evaluate.Suites.Catalog;
using Evaluate.Suites.Data;
using Evaluate.Suites.Grading;
using Evaluate.Suites.Math500;
using NUnit.Framework;

namespace Evaluate.Tests.Grading;

/// <summary>The <c>decimal_comma=auto|never</c> option (issue 21): where it is declared, what it changes, and what it never changes.</summary>
public sealed class DecimalCommaOptionTests
{
    private static Problem Gold(string gold) => new("p", "", gold, ProblemMeta.None);

    [TestCase("1.22", "1,22", true, false)]
    [TestCase("0.5", "\\boxed{0,5}", true, false)]
    [TestCase("1220", "1,220", true, true)]       // three digits: thousands under both
    [TestCase("1.22", "1, 22", false, false)]     // a list under both
    [TestCase("(1, 5)", "(1,5)", true, true)]     // a pair under both
    [TestCase("1.5", "(1,5)", false, false)]
    public void AutoReadsOnlyTheUnambiguousDecimalComma(string gold, string response, bool auto, bool never)
    {
        var withAuto = new MathAnswerChecker();
        var withNever = new MathAnswerChecker(decimalComma: DecimalComma.Never);
        Assert.That(withAuto.DecimalComma, Is.EqualTo(DecimalComma.Auto), "auto is the default");
        Assert.That(withAuto.Grade(Gold(gold), withAuto.Extract(response)).Correct, Is.EqualTo(auto), "auto");
        Assert.That(withNever.Grade(Gold(gold), withNever.Extract(response)).Correct, Is.EqualTo(never), "never");
    }

    [Test]
    public void VotingClassesDoNotDependOnTheGoldDependentReading()
    {
        var checker = new MathAnswerChecker();
        Assert.That(checker.Equivalent(Gold("unused"), "1,5", "1.5"), Is.EqualTo(checker.Equivalent(Gold("unused"), "1.5", "1,5")));
    }

    [Test]
    public void TheGraderOptionReachesTheChecker()
    {
        var graders = GraderRegistrations.Create();
        foreach (var name in new[] { "math", "omni-math" })
        {
            Assert.That(Grade(graders.Create($"{name}:decimal_comma=never", new ComponentContext())), Is.EqualTo(0), name);
            Assert.That(Grade(graders.Create($"{name}:decimal_comma=auto", new ComponentContext())), Is.EqualTo(1), name);
            Assert.That(Grade(graders.Create(name, new ComponentContext())), Is.EqualTo(1), $"{name}: auto by default");
        }
        var bad = Assert.Throws<UsageException>(() => graders.Create("math:decimal_comma=sometimes", new ComponentContext()));
        Assert.That(bad!.Message, Does.Contain("decimal_comma").And.Contain("sometimes"));
    }

    [Test]
    public void TheSuiteOptionReachesTheChecker()
    {
        var suites = SuiteRegistrations.Create();
        foreach (var name in new[] { "math500", "omni-math", "math" })
            Assert.That(() => suites.Validate(ComponentSpec.Parse($"{name}:decimal_comma=never")), Throws.Nothing, name);
        Assert.That(() => suites.Validate(ComponentSpec.Parse("gsm8k:decimal_comma=never")), Throws.TypeOf<UsageException>(),
            "GSM8K answers are read by their own number rule");
        var data = new DataDirectory(Path.GetTempPath(), "test");
        var never = (MathAnswerChecker)new Math500Suite(data, decimalComma: DecimalComma.Never).Checker;
        Assert.That(never.DecimalComma, Is.EqualTo(DecimalComma.Never));
        Assert.That(((MathAnswerChecker)new Math500Suite(data).Checker).DecimalComma, Is.EqualTo(DecimalComma.Auto));
    }

    /// <summary>Correct verdicts for one pair, gold 1.22 and response "1,22", through the streaming grader.</summary>
    private static int Grade(PairsGrader grader)
    {
        using var input = new MemoryStream("{\"gold\":\"1.22\",\"response\":\"The answer is $1,22$.\"}\n"u8.ToArray());
        using var output = new MemoryStream();
        return grader.Grade(input, output, "pairs.jsonl").Correct;
    }
}
