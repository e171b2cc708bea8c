using System.Xml.Linq;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reports;

/// <summary>One gate is one family: its checks' p-values are corrected together, and the verdict records how.</summary>
public sealed class GateCorrectionTests
{
    // 40 problems, q1–q6 newly wrong and none newly right: accuracy, pass@1 and maj@1 each have McNemar p = 2 · 2^-6 =
    // 0.03125 and a 15-point drop; the token check has p = 1. Uncorrected, three checks fail at α 0.05; Holm over the
    // 4 checks starts at 4 · 0.03125 = 0.125 ≥ 0.05 and rejects nothing.
    private static async Task<(int Code, string Output, XDocument Junit)> GateAsync(string? rules)
    {
        var root = TestRuns.NewDirectory();
        var baseline = await ReplayRuns.CreateAsync(root, "base", Enumerable.Range(1, 40).Select(i => ($"q{i}", new[] { true })));
        var candidate = await ReplayRuns.CreateAsync(root, "cand", Enumerable.Range(1, 40).Select(i => ($"q{i}", new[] { i > 6 })));
        var junit = Path.Combine(root, "gate.xml");
        string[] args = ["gate", "--baseline", baseline, "--candidate", candidate, "--junit", junit];
        if (rules is not null)
        {
            var file = Path.Combine(root, "rules.yaml");
            File.WriteAllText(file, rules);
            args = [.. args, "--rules", file];
        }
        var (code, output, error) = await InProcessCli.RunAsync(args);
        return (code, output + error, code is 0 or 1 ? XDocument.Load(junit) : new XDocument());
    }

    private static string Property(XDocument junit, string name) =>
        (string)junit.Root!.Element("properties")!.Elements("property").Single(p => (string)p.Attribute("name")! == name).Attribute("value")!;

    [Test]
    public async Task By_default_holm_keeps_three_marginal_drops_from_failing_and_records_the_adjusted_p()
    {
        var (code, output, junit) = await GateAsync(null);
        Assert.That(code, Is.Zero, output);
        Assert.That(output, Does.Contain("p = 0.0313 (mcnemar), holm-adjusted p = 0.125 over 4 checks"));
        Assert.That(Property(junit, "correction"), Is.EqualTo("holm"));
        Assert.That(Property(junit, "family_size"), Is.EqualTo("4"));
        var accuracy = junit.Descendants("testcase").Single(t => ((string)t.Attribute("name")!).StartsWith("accuracy", StringComparison.Ordinal));
        var adjusted = accuracy.Descendants("property").Single(p => (string)p.Attribute("name")! == "adjusted_p_value");
        Assert.That(double.Parse((string)adjusted.Attribute("value")!, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(0.125).Within(1e-12));
    }

    [Test]
    public async Task Correction_none_tests_each_check_at_its_own_alpha()
    {
        var (code, output, junit) = await GateAsync("correction: none\n");
        Assert.That(code, Is.EqualTo(1), output);
        Assert.That(Property(junit, "correction"), Is.EqualTo("none"));
        Assert.That(junit.Descendants("failure").Count(), Is.EqualTo(3));
    }

    [Test]
    public async Task Correction_bonferroni_is_recorded()
    {
        var (code, output, junit) = await GateAsync("correction: bonferroni\n");
        Assert.That(code, Is.Zero, output);
        Assert.That(output, Does.Contain("bonferroni-adjusted p = 0.125 over 4 checks"));
        Assert.That(Property(junit, "correction"), Is.EqualTo("bonferroni"));
    }

    [Test]
    public async Task Mid_p_is_a_per_metric_option()
    {
        // Mid-p of (6, 0): 2 · (2^-6 − ½ · 2^-6) = 2^-6 = 0.015625; Holm over 4: the three 0.0156/0.0312 values give
        // 4 · 0.015625 = 0.0625 for accuracy — still above α, but the test named and its p changed.
        var (code, output, _) = await GateAsync("metrics:\n  accuracy: {max_drop: 0.02, mid_p: true}\n");
        Assert.That(code, Is.Zero, output);
        Assert.That(output, Does.Contain("p = 0.0156 (mcnemar-mid-p)"));
    }
}
