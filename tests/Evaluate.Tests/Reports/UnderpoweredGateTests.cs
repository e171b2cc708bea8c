using System.Xml.Linq;
using Evaluate.Reports.Statistics;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reports;

/// <summary>Every check reports its minimal detectable effect; a check that cannot see its tolerance says so, and require_power refuses.</summary>
public sealed class UnderpoweredGateTests
{
    private static IEnumerable<(string, bool[])> Outcomes(int count) => Enumerable.Range(1, count).Select(i => ($"q{i}", new[] { i % 3 != 0 }));

    private const string AccuracyOnly = "metrics:\n  pass@max: off\n  maj@max: off\n  mean_completion_tokens_per_problem: off\n  accuracy: {max_drop: DROP}\n";

    private static async Task<(int Code, string Output, string Error, string Junit)> GateAsync(string rules)
    {
        var root = TestRuns.NewDirectory();
        var run = await ReplayRuns.CreateAsync(root, "run", Outcomes(30));
        var file = Path.Combine(root, "rules.yaml");
        File.WriteAllText(file, rules);
        var junit = Path.Combine(root, "gate.xml");
        var (code, output, error) = await InProcessCli.RunAsync("gate", "--baseline", run, "--candidate", run, "--rules", file, "--junit", junit);
        return (code, output, error, junit);
    }

    [Test]
    public async Task A_two_point_tolerance_on_30_deterministic_problems_is_underpowered_but_only_warns()
    {
        // One check, α = 0.05, power 0.8: z = 1.95996 + 0.84162 = 2.80158, pure drop MDE = z²/30 = 0.2616 > 0.02;
        // problems needed z²/0.02 = 392.4 → 393.
        var (code, output, error, junit) = await GateAsync(AccuracyOnly.Replace("DROP", "0.02", StringComparison.Ordinal));
        Assert.That(code, Is.Zero, output + error);
        Assert.That(output, Does.Contain("MDE 0.2616"));
        Assert.That(output, Does.Contain("UNDERPOWERED (needs ≥ 393 problems"));
        Assert.That(output, Does.Contain("⚠️ underpowered"));
        var property = XDocument.Load(junit).Descendants("property").Single(p => (string)p.Attribute("name")! == "underpowered" && p.Parent!.Parent!.Name == "testcase");
        Assert.That((string)property.Attribute("value")!, Is.EqualTo("true"));
    }

    [Test]
    public async Task Require_power_refuses_an_underpowered_gate_with_exit_2_and_writes_nothing()
    {
        var (code, _, error, junit) = await GateAsync("require_power: true\n" + AccuracyOnly.Replace("DROP", "0.02", StringComparison.Ordinal));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("rules.yaml: require_power: true"));
        Assert.That(error, Does.Contain("needs ≥ 393 problems"));
        Assert.That(File.Exists(junit), Is.False);
    }

    [Test]
    public async Task Require_power_passes_a_gate_whose_tolerance_its_problems_can_detect()
    {
        // max_drop 0.3 > MDE 0.2616: powered.
        var (code, output, error, _) = await GateAsync("require_power: true\n" + AccuracyOnly.Replace("DROP", "0.3", StringComparison.Ordinal));
        Assert.That(code, Is.Zero, output + error);
        Assert.That(output, Does.Not.Contain("UNDERPOWERED"));
    }

    [Test]
    public void Planner_figures_match_the_normal_formulas()
    {
        var z = 1.959964 + 0.841621;
        var pure = PowerPlanner.PureDrop(100, 0.03, 0.05);
        Assert.That(pure.Mde, Is.EqualTo(z * z / 100).Within(1e-5));
        Assert.That(pure.ProblemsNeeded, Is.EqualTo((int)Math.Ceiling(z * z / 0.03)));
        // Shares of 4 samples all at ½: w = ¼ · 4/3 = ⅓, σ_d² = 2w/n = 1/6, MDE = z · √(1/6 / 100).
        var shares = PowerPlanner.SampleShare(Enumerable.Repeat(0.5, 100).ToList(), 4, 0.05, 0.05);
        Assert.That(shares.Mde, Is.EqualTo(z * Math.Sqrt(1.0 / 600)).Within(1e-5));
        Assert.That(shares.ProblemsNeeded, Is.EqualTo((int)Math.Ceiling(z * z / 6 / 0.0025)));
        Assert.That(shares.SamplesNeeded, Is.EqualTo((int)Math.Ceiling(2.0 / 3 * z * z / 100 / 0.0025)));
    }
}
