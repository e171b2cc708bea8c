using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reports;

/// <summary>`evaluate power` sizes a suite from a baseline run.</summary>
public sealed class PowerVerbTests
{
    [Test]
    public async Task Prints_per_cell_the_problems_a_deterministic_cell_needs()
    {
        var root = TestRuns.NewDirectory();
        var run = await ReplayRuns.CreateAsync(root, "run", Enumerable.Range(1, 40).Select(i => ($"q{i}", new[] { i % 4 != 0 })));

        var (code, output, error) = await InProcessCli.RunAsync("power", "--baseline", run, "--metric", "accuracy", "--drop", "0.1");

        // z = 2.80158 at α 0.05 and power 0.8; pure drop: MDE = z²/40 = 0.1962, problems = ⌈z²/0.1⌉ = ⌈78.49⌉ = 79.
        Assert.That(code, Is.Zero, error);
        Assert.That(output, Does.Contain("0.1962"));
        Assert.That(output, Does.Match(@"\s40\s+1\s+0\.75\s+0\.1962\s+no\s+79\s+n/a\s"));
    }

    [Test]
    public async Task A_correction_over_more_tests_needs_more_problems_and_samples_help_a_sampled_cell()
    {
        var root = TestRuns.NewDirectory();
        var run = await ReplayRuns.CreateAsync(root, "run", Enumerable.Range(1, 40).Select(i => ($"q{i}", new[] { true, i % 2 == 0, false, i % 3 == 0 })));

        var (one, single, _) = await InProcessCli.RunAsync("power", "--baseline", run, "--metric", "accuracy", "--drop", "0.05");
        var (code, many, error) = await InProcessCli.RunAsync("power", "--baseline", run, "--metric", "accuracy", "--drop", "0.05", "--tests", "16");

        Assert.That(one, Is.Zero);
        Assert.That(code, Is.Zero, error);
        Assert.That(many, Does.Contain("/ 16 tests = 0.0031"));
        Assert.That(single, Does.Contain("sample share (n = 4)"));
        int Needed(string text) => int.Parse(System.Text.RegularExpressions.Regex.Match(text, @"\s(yes|no)\s+(\d+)\s+(\d+)\s").Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(Needed(many), Is.GreaterThan(Needed(single)));
    }

    [Test]
    public async Task An_unknown_metric_exits_2()
    {
        var root = TestRuns.NewDirectory();
        var run = await ReplayRuns.CreateAsync(root, "run", Enumerable.Range(1, 5).Select(i => ($"q{i}", new[] { true })));
        var (code, _, error) = await InProcessCli.RunAsync("power", "--baseline", run, "--metric", "problems", "--drop", "0.1");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("--metric: 'problems' is not a gateable metric"));
    }
}
