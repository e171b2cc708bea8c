using Evaluate.Core.Running;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reliability;

/// <summary>
/// Every built-in suite, graded as a run grades it, meets no internal error: a checker, the math engine or the
/// analysis that throws on what the simulated reasoner writes is a bug this test names (suite, problem, site, message).
/// </summary>
[Category(TestCategories.Process)]
public sealed class BuiltInSuitesInternalErrorTests
{
    [TestCase("game24")]
    [TestCase("probes")]
    [TestCase("gsm8k")]
    [TestCase("math500")]
    [TestCase("omni-math")]
    public async Task A_sim_run_greedy_and_sampled_has_no_internal_errors(string suite)
    {
        var data = SharedDatasets.Require();
        var output = Path.Combine(TestRuns.NewDirectory(), suite);
        var (code, text, error) = await InProcessCli.RunAsync("run", "--suite", suite, "--model", "sim", "--strategy", "greedy",
            "--strategy", "sample:n=4,temperature=0.8", "--limit", "30", "--seed", "11", "--data", data.Path, "--out", output);
        Assert.That(code, Is.Zero, error);
        var files = new ResultFiles(output);
        var samples = ResultFiles.ReadLines<SampleRecord>(files.Samples).ToList();
        var problems = ResultFiles.ReadLines<ProblemRecord>(files.Problems).ToList();
        Assert.That(problems, Has.Count.EqualTo(60), "30 problems, two strategies");
        Assert.That(samples, Has.Count.EqualTo(30 * 5));
        var bugs = samples.Where(s => s.InternalErrors > 0).Select(s => $"{s.Strategy} {s.ProblemId}#{s.SampleIndex}: {Describe(s.InternalErrorDetails)}")
            .Concat(problems.Where(p => p.InternalErrors > 0).Select(p => $"{p.Strategy} {p.ProblemId}: {p.InternalErrors} ({Describe(p.InternalErrorDetails)})"))
            .ToList();
        Assert.That(bugs, Is.Empty, string.Join("\n", bugs));
        Assert.That(text, Does.Not.Contain("internal error"));
    }

    private static string Describe(IReadOnlyList<Evaluate.Core.Suites.InternalError>? details) =>
        string.Join("; ", (details ?? []).Select(d => $"{d.Site}: {d.Type}: {d.Message}"));
}
