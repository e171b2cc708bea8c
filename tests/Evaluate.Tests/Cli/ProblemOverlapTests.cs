using Evaluate.Tests.Support;

namespace Evaluate.Tests.Cli;

/// <summary>
/// compare and gate judge two runs on the problems both hold. Runs made with different selections (here Game of 24
/// with different limits) share too few for a verdict: refused with exit 2 naming the overlap, unless --allow-mismatch
/// (or a lower --min-overlap).
/// </summary>
public sealed class ProblemOverlapTests
{
    private static readonly string Root = TestRuns.NewDirectory();
    private static string Wide => Path.Combine(Root, "wide");
    private static string Narrow => Path.Combine(Root, "narrow");

    [OneTimeSetUp]
    public async Task TwoRunsWithDifferentPuzzleSets()
    {
        foreach (var (output, limit) in new[] { (Wide, "20"), (Narrow, "4") })
        {
            var (code, _, error) = await InProcessCli.RunAsync("run", "--suite", "game24", "--strategy", "greedy", "--limit", limit, "--out", output);
            Assert.That(code, Is.Zero, error);
        }
    }

    [Test]
    public async Task Compare_and_gate_refuse_runs_that_share_too_few_problems()
    {
        var compared = Path.Combine(Root, "compare-" + Guid.NewGuid().ToString("N"));
        var (code, _, error) = await InProcessCli.RunAsync("compare", Wide, Narrow, "--out", compared);
        FailureAssert.Expected(code, error, "4 of the baseline's 20 problems");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("20%").And.Contain("--allow-mismatch").And.Contain("--min-overlap 90%"));
        Assert.That(Directory.Exists(compared), Is.False);

        (code, _, error) = await InProcessCli.RunAsync("gate", "--baseline", Wide, "--candidate", Narrow);
        FailureAssert.Expected(code, error, "4 of the baseline's 20 problems");
        Assert.That(code, Is.EqualTo(2));
    }

    [Test]
    public async Task Allow_mismatch_or_a_lower_min_overlap_compares_the_shared_problems()
    {
        var (code, output, error) = await InProcessCli.RunAsync("compare", Wide, Narrow, "--out", Path.Combine(Root, "allowed"), "--allow-mismatch");
        Assert.That(code, Is.Zero, error);
        Assert.That(output, Does.Contain("Comparison written to"));
        (code, _, error) = await InProcessCli.RunAsync("compare", Wide, Narrow, "--out", Path.Combine(Root, "lower"), "--min-overlap", "0.2");
        Assert.That(code, Is.Zero, error);
        (code, _, error) = await InProcessCli.RunAsync("gate", "--baseline", Wide, "--candidate", Narrow, "--allow-mismatch");
        Assert.That(code, Is.AnyOf(0, 1), error);
    }

    [Test]
    public async Task A_candidate_holding_every_baseline_problem_passes_the_check()
    {
        var (code, _, error) = await InProcessCli.RunAsync("compare", Narrow, Wide, "--out", Path.Combine(Root, "superset"));
        Assert.That(code, Is.Zero, error);
    }

    [TestCase("1.5")]
    [TestCase("-0.1")]
    public async Task A_min_overlap_outside_0_to_1_is_refused(string value)
    {
        var (code, _, error) = await InProcessCli.RunAsync("compare", Narrow, Wide, "--out", Path.Combine(Root, "bad"), "--min-overlap", value);
        FailureAssert.Expected(code, error, "--min-overlap");
    }
}
