using Evaluate.Core.Problems;
using Evaluate.Suites.Grading;
using Evaluate.Suites.Grading.Parsing;
using Evaluate.Tests.Support;
using NUnit.Framework;

namespace Evaluate.Tests.Grading;

/// <summary>Every gold answer of the shared datasets must be understood by the engine.</summary>
public sealed class DatasetGoldTests
{
    // MATH-500 golds the parser does not understand, with why. Empty: all 500 parse.
    private static readonly HashSet<string> KnownUnparseable = new(StringComparer.Ordinal);

    [Test]
    public void EveryMath500GoldParsesAndMatchesItselfWhenBoxedInASentence()
    {
        var golds = SharedDatasets.Field("math500/test.jsonl", "answer");
        Assert.That(golds, Has.Count.EqualTo(500));
        var checker = new MathAnswerChecker();
        var failures = new List<string>();
        foreach (var gold in golds)
        {
            if (KnownUnparseable.Contains(gold)) continue;
            if (MathParser.Parse(AnswerText.Clean(gold), new WorkBudget()) is null) { failures.Add("parse: " + gold); continue; }
            var problem = new Problem("p", "", gold, ProblemMeta.None);
            // Braces around the gold change the text but not the tree: this exercises the parser-based path.
            var braced = checker.Grade(problem, "{" + gold + "}");
            if (!braced.Correct) failures.Add($"self ({braced.Reason}): {gold}");
            var response = $"We simplify step by step.\n\nTherefore the final answer is $\\boxed{{{gold}}}$.";
            var boxed = checker.Grade(problem, checker.Extract(response));
            if (!boxed.Correct) failures.Add($"boxed ({boxed.Reason}): {gold}");
        }
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void Math500GoldsRejectAPerturbedAnswer()
    {
        var golds = SharedDatasets.Field("math500/test.jsonl", "answer");
        var checker = new MathAnswerChecker();
        int accepted = 0;
        foreach (var gold in golds)
        {
            var verdict = checker.Grade(new Problem("p", "", gold, ProblemMeta.None), "{" + gold + "} + 1");
            if (verdict.Correct) accepted++;
        }
        Assert.That(accepted, Is.Zero);
    }

    [Test]
    public void EveryGsm8kGoldIsANumberAndGradesItsOwnAnswer()
    {
        var solutions = SharedDatasets.Field("gsm8k/test.jsonl", "answer");
        var checker = new Gsm8kAnswerChecker();
        var failures = new List<string>();
        foreach (var solution in solutions)
        {
            var final = solution[(solution.LastIndexOf("####", StringComparison.Ordinal) + 4)..].Trim();
            var value = Gsm8kAnswerChecker.NumericValue(final);
            if (value is null) { failures.Add("parse: " + final); continue; }
            var problem = new Problem("g", "", final, ProblemMeta.None);
            if (!checker.Grade(problem, checker.Extract($"Adding up gives {final} in total.\n#### {final}")).Correct) failures.Add("self: " + final);
            if (checker.Grade(problem, checker.Extract($"So the answer is {final}1.")).Correct) failures.Add("accepted wrong: " + final);
        }
        Assert.That(solutions, Has.Count.GreaterThan(1000));
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void OmniMathGoldsBoxedInASentenceAreCorrectOrUngradableNeverNotEqual()
    {
        var golds = SharedDatasets.Field("omni-math-rule/test.jsonl", "answer");
        var checker = new MathAnswerChecker();
        int ungradable = 0;
        var confidentMisses = new List<string>();
        foreach (var gold in golds)
        {
            var problem = new Problem("o", "", gold, ProblemMeta.None);
            var verdict = checker.Grade(problem, checker.Extract($"Hence the final answer is $\\boxed{{{gold}}}$."));
            if (GradingReasons.IsUngradable(verdict.Reason)) ungradable++;
            else if (!verdict.Correct) confidentMisses.Add($"{verdict.Reason}: {gold}");
        }
        TestContext.Out.WriteLine($"Omni-MATH: {golds.Count} golds, {ungradable} ungradable against themselves");
        Assert.That(confidentMisses, Is.Empty);
        Assert.That(ungradable, Is.LessThan(golds.Count / 50));
    }

    // The work is bounded as counts, not a time (a timing fails on a loaded machine): the mean gold costs a small
    // fraction of a work budget and of a megabyte. Measured: about 210 steps and 9 KiB per gold. The time is a
    // benchmark, OmniMathGoldBenchmarks.
    [Test]
    public void OmniMathGoldsAreGradedInLittleWorkAndMostlyParse()
    {
        var golds = SharedDatasets.Field("omni-math-rule/test.jsonl", "answer");
        var checker = new MathAnswerChecker();
        int parsed = 0, selfEqual = 0;
        var work = GradingWork.Start();
        foreach (var gold in golds)
        {
            if (MathParser.Parse(AnswerText.Clean(gold), new WorkBudget()) is not null) parsed++;
            if (checker.Grade(new Problem("o", "", gold, ProblemMeta.None), "{" + gold + "}").Correct) selfEqual++;
        }
        var spent = work.Stop();
        TestContext.Out.WriteLine($"Omni-MATH: {golds.Count} golds, {parsed} parse, {selfEqual} braced-self-equal, {spent}");
        Assert.That(parsed, Is.GreaterThan(golds.Count * 7 / 10));
        Assert.That(spent.Steps, Is.LessThan(golds.Count * 2_000L), "mean steps per gold");
        Assert.That(spent.AllocatedBytes, Is.LessThan(golds.Count * 100L * 1024), "mean bytes per gold");
    }
}
