using System.Text.Json;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Suites.Competitions;

/// <summary>
/// The simulated reasoner recognises the competition problems by their text and finds them hard: `run --model sim
/// --suite aime24` works and scores below MATH-500 at the same skill (AIME difficulty 0.8-1.0 against MATH's 0.1-0.9).
/// </summary>
public sealed class SimulatedCompetitionTests
{
    private static async Task<double> Accuracy(string suite, int limit)
    {
        var out1 = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", suite, "--strategy", "sample:n=4",
            "--limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data", SharedDatasets.Require().Path, "--out", out1);
        Assert.That(code, Is.EqualTo(0), error);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(out1, "summary.json")));
        var metrics = summary.RootElement.GetProperty("results")[0].GetProperty("metrics");
        Assert.That(metrics.GetProperty("no_answer_share").GetDouble(), Is.Zero, "every simulated response states a boxed answer");
        return metrics.GetProperty("accuracy").GetDouble();
    }

    [Test]
    public async Task Aime24_runs_on_sim_with_a_plausible_accuracy_below_math500()
    {
        var aime = await Accuracy("aime24", 30);
        var math500 = await Accuracy("math500", 100);
        Assert.That(aime, Is.GreaterThan(0).And.LessThan(0.5), "hard, not impossible");
        Assert.That(aime, Is.LessThan(math500));
    }

    [Test]
    public async Task Aime24_with_limit_5_runs()
    {
        var out1 = TestRuns.NewDirectory();
        var (code, output, error) = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", "aime24", "--limit", "5",
            "--data", SharedDatasets.Require().Path, "--out", out1);
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("aime24"));
        var problems = File.ReadAllLines(Path.Combine(out1, "problems.jsonl"));
        Assert.That(problems, Has.Length.EqualTo(5));
        Assert.That(problems[0], Does.Contain("\"2024-I-1\""));
    }
}
