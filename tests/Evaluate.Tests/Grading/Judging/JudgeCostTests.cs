using Evaluate.Core.Metrics;
using Evaluate.Core.Results;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Grading.Judging;

/// <summary>The judge's cost: priced with its own price when the table names it, absent (with a warning) when it does not.</summary>
public sealed class JudgeCostTests
{
    [Test]
    public async Task A_priced_judge_has_its_cost_apart_from_the_models()
    {
        var work = TestRuns.NewDirectory();
        var prices = Path.Combine(SharedDatasets.RepositoryRoot, "evals", "prices.example.yaml");
        var (code, _, error) = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", "probes", "--limit", "3", "--judge", "sim:judge=correct",
            "--judge-audit", "1", "--prices", prices, "--out", work);
        Assert.That(code, Is.Zero, error);
        var run = RunDirectory.Open(work);
        var problems = run.Problems().ToList();
        var metrics = run.ReadSummary().Results.Single().Metrics;
        // sim: input 1.00, output 4.00 US dollars per million tokens (evals/prices.example.yaml).
        var expected = problems.Sum(p => p.JudgePromptTokens * 1.00 + p.JudgeCompletionTokens * 4.00) / 1e6;
        Assert.That(expected, Is.GreaterThan(0));
        Assert.That(MetricValue.Number(metrics, "judge_cost_usd"), Is.EqualTo(expected).Within(1e-15));
        var modelOnly = problems.Sum(p => p.PromptTokens * 1.00 + p.CompletionTokens * 4.00) / 1e6;
        Assert.That(MetricValue.Number(metrics, "cost_usd"), Is.EqualTo(modelOnly).Within(1e-15), "cost_usd stays the model's");
        Assert.That(File.ReadAllText(Path.Combine(work, "manifest.json")), Does.Contain("\"judge_price\""));
    }

    [Test]
    public async Task An_unpriced_judge_has_no_cost_figure_and_a_warning()
    {
        var work = TestRuns.NewDirectory();
        Directory.CreateDirectory(work);
        var prices = Path.Combine(work, "prices.yaml");
        File.WriteAllText(prices, "\"sim:overthink=0.3,skill=0.7,verbosity=1\":\n  input: 1.00\n  output: 4.00\n");
        var output = Path.Combine(work, "run");
        var (code, text, error) = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", "probes", "--limit", "2", "--judge", "sim:judge=correct",
            "--judge-audit", "1", "--prices", prices, "--out", output);
        Assert.That(code, Is.Zero, error);
        Assert.That(text + error, Does.Contain("no price for the judge"));
        var metrics = RunDirectory.Open(output).ReadSummary().Results.Single().Metrics;
        Assert.That(metrics.ContainsKey("judge_cost_usd"), Is.False, "absent, never 0");
        Assert.That(MetricValue.Number(metrics, "cost_usd"), Is.GreaterThan(0));
        Assert.That(MetricValue.Number(metrics, "mean_judge_calls_per_problem"), Is.EqualTo(1));
    }
}
