using Evaluate.Core.Metrics;
using Evaluate.Core.Results;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Foundations;

public sealed class JudgeAccountingTests
{
    [Test]
    public async Task Judge_tokens_are_part_of_the_tokens_per_problem_and_each_judge_request_is_a_reward_call()
    {
        // Regression: the judge called the raw model, so its tokens were missing from mean_tokens_per_problem.
        var work = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync("run", "--suite", "game24", "--strategy", "best-of-n:n=3", "--reward", "judge",
            "--limit", "4", "--out", work);
        Assert.That(code, Is.EqualTo(0), error);
        var run = RunDirectory.Open(work);
        var problems = run.Problems().ToList();
        Assert.That(problems, Has.Count.EqualTo(4));
        Assert.That(problems.Select(p => p.RewardCalls), Is.All.EqualTo(3), "one judge request per candidate");
        Assert.That(problems.Select(p => p.RewardTokens), Is.All.GreaterThan(0));
        Assert.That(problems.Select(p => p.ModelCalls), Is.All.EqualTo(1), "the judge's requests are not the strategy's model calls");

        var metrics = run.ReadSummary().Results.Single().Metrics;
        var expected = problems.Average(p => (double)(p.PromptTokens + p.CompletionTokens + p.RewardTokens));
        Assert.That(MetricValue.Number(metrics, "mean_tokens_per_problem"), Is.EqualTo(expected).Within(1e-9));
        Assert.That(MetricValue.Number(metrics, "mean_reward_tokens_per_problem"), Is.EqualTo(problems.Average(p => (double)p.RewardTokens)).Within(1e-9));
    }

    [Test]
    public async Task The_token_budget_counts_the_judge()
    {
        var judgeModel = new Strategies.ScriptedModel((_, _) => "yes");
        var judge = Components.Reward("judge", Strategies.Game24Fixture.Suite, 1, judgeModel);
        var guard = new Evaluate.Core.Strategies.ComputeGuard(new Strategies.ScriptedModel((_, _) => ""),
            new Evaluate.Core.Strategies.ComputeBudget(1000, null), judge);
        await guard.ScoreSolutionAsync(Strategies.Game24Fixture.Problems(1)[0], "Answer: (4 + 8) * (6 - 4) = 24", default);
        var spent = guard.Meter.Spent.RewardTokens;
        Assert.That(spent, Is.GreaterThan(0));
        Assert.That(guard.RemainingTokens, Is.EqualTo(1000 - spent));
    }
}
