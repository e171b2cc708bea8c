using System.Xml.Linq;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reports;

/// <summary>The problems named under a failing metric are the problems behind that metric, not the majority flips.</summary>
public sealed class NewlyWrongPerMetricTests
{
    [Test]
    public async Task A_pass_at_k_failure_names_the_problems_whose_pass_at_k_dropped()
    {
        // q1–q10: 2 of 4 correct → 1 of 4: they stop being solved (the flips compare lists) but keep pass@4 = 1.
        // q11–q30: 1 of 4 → 0 of 4: never solved, so no flip, but pass@4 drops from 1 to 0 — these are pass@4's losses.
        // q31–q40: 4 of 4 in both runs.
        bool[] Of(int correct) => [.. Enumerable.Range(0, 4).Select(i => i < correct)];
        var root = TestRuns.NewDirectory();
        var baseline = await ReplayRuns.CreateAsync(root, "base", Enumerable.Range(1, 40).Select(i => ($"q{i}", Of(i <= 10 ? 2 : i <= 30 ? 1 : 4))));
        var candidate = await ReplayRuns.CreateAsync(root, "cand", Enumerable.Range(1, 40).Select(i => ($"q{i}", Of(i <= 10 ? 1 : i <= 30 ? 0 : 4))));
        var junit = Path.Combine(root, "gate.xml");

        var (code, output, error) = await InProcessCli.RunAsync("gate", "--baseline", baseline, "--candidate", candidate, "--junit", junit);

        Assert.That(code, Is.EqualTo(1), output + error);
        var failure = XDocument.Load(junit).Descendants("testcase")
            .Single(t => ((string)t.Attribute("name")!).StartsWith("pass@max", StringComparison.Ordinal)).Element("failure");
        Assert.That(failure, Is.Not.Null, "pass@4 lost 20 of 40 problems: McNemar p = 2 · 2^-20");
        var message = (string)failure!.Attribute("message")!;
        var listed = message[(message.IndexOf("worse on pass@4: ", StringComparison.Ordinal) + "worse on pass@4: ".Length)..]
            .Split(';')[0].Split(", ").Select(s => s.Trim()).ToList();
        Assert.That(listed, Is.EqualTo(Enumerable.Range(11, 20).Select(i => $"q{i}")), message);
    }
}
