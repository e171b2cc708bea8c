using NUnit.Framework;
using System.Globalization;
using System.Text.RegularExpressions;
using Evaluate.Core.Suites;
using Evaluate.Suites.Probes;

namespace Evaluate.Tests.Probes;

public class ProbesSuiteTests
{
    private static readonly ProbesSuite Suite = new();

    [Test]
    public void LoadsTheSameProblemsEveryTime()
    {
        var first = new ProbesSuite().Load(ProblemSelection.All);
        var second = new ProbesSuite().Load(ProblemSelection.All);
        Assert.That(first, Has.Count.InRange(180, 220));
        Assert.That(second, Is.EqualTo(first));
        Assert.That(first.Select(p => p.Id), Is.Unique);
        Assert.That(first.Select(p => p.Text), Is.Unique);
        Assert.That(first.Select((p, i) => p.Id == $"probe-{i + 1:D4}"), Is.All.True);
        Assert.That(Suite.DataFiles, Is.Empty);
        Assert.That(Suite.Name, Is.EqualTo("probes"));
    }

    [Test]
    public void MetadataMarksTrivialEasyProblems()
    {
        var problems = Suite.Load(ProblemSelection.All);
        Assert.That(problems.Select(p => p.Meta.IsEasy), Is.All.True);
        Assert.That(problems.Select(p => p.Meta.Level), Is.All.EqualTo("trivial"));
        Assert.That(problems.Select(p => p.Meta.Difficulty), Is.All.InRange(0.02, 0.1));
        Assert.That(problems.Select(p => p.Meta.Subject).Distinct(), Is.EquivalentTo(new[] { "arithmetic", "word", "comparison" }));
    }

    [Test]
    public void GoldAnswersFollowFromTheText()
    {
        foreach (var problem in Suite.Load(ProblemSelection.All))
            Assert.That(problem.Gold, Is.EqualTo(Solve(problem.Text).ToString(CultureInfo.InvariantCulture)), problem.Text);
    }

    [Test]
    public void SelectionFiltersThenLimits()
    {
        Assert.That(Suite.Load(new ProblemSelection { Limit = 10 }).Select(p => p.Id),
            Is.EqualTo(Suite.Load(ProblemSelection.All).Take(10).Select(p => p.Id)));
        var comparisons = Suite.Load(new ProblemSelection { Levels = new HashSet<string> { "comparison" } });
        Assert.That(comparisons, Is.Not.Empty);
        Assert.That(comparisons.Select(p => p.Meta.Subject), Is.All.EqualTo("comparison"));
        Assert.That(Suite.Load(new ProblemSelection { Ids = new HashSet<string> { "probe-0002", "probe-0001" } }).Select(p => p.Id),
            Is.EqualTo(new[] { "probe-0001", "probe-0002" }));
        Assert.That(Suite.Load(new ProblemSelection { MaxDifficulty = 0.03 }).Select(p => p.Meta.Difficulty), Is.All.LessThanOrEqualTo(0.03));
        Assert.That(Suite.Load(new ProblemSelection { MinDifficulty = 0.06 }).Select(p => p.Meta.Difficulty), Is.All.GreaterThanOrEqualTo(0.06));
        Assert.That(Suite.Load(new ProblemSelection { Split = "test" }), Has.Count.EqualTo(Suite.Load(new ProblemSelection { Split = "all" }).Count));
        Assert.Throws<ArgumentException>(() => Suite.Load(new ProblemSelection { Split = "train" }));
    }

    [Test]
    public void PromptAsksForABoxedAnswer()
    {
        var problem = Suite.Load(ProblemSelection.All)[0];
        var messages = Suite.RenderPrompt(problem);
        Assert.That(messages.Select(m => m.Role), Is.EqualTo(new[] { "system", "user" }));
        Assert.That(messages[1].Content, Does.Contain(problem.Text).And.Contain("\\boxed{}").And.Contain("step by step"));
    }

    /// <summary>Independent solver from the wording, so a generator slip shows as a mismatch.</summary>
    private static int Solve(string text)
    {
        var numbers = Regex.Matches(text, @"\d+").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
        if (text.StartsWith("What is", StringComparison.Ordinal))
        {
            var op = Regex.Match(text, @"\d([+\-*])\d").Groups[1].Value;
            return op switch { "+" => numbers[0] + numbers[1], "-" => numbers[0] - numbers[1], _ => numbers[0] * numbers[1] };
        }
        if (text.Contains("larger", StringComparison.Ordinal)) return Math.Max(numbers[0], numbers[1]);
        if (text.Contains("smaller", StringComparison.Ordinal)) return Math.Min(numbers[0], numbers[1]);
        if (text.Contains("buys", StringComparison.Ordinal)) return numbers[0] + numbers[1];
        if (text.Contains("gives away", StringComparison.Ordinal)) return numbers[0] - numbers[1];
        throw new AssertionException($"unknown probe wording: {text}");
    }
}
