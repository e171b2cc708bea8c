using Evaluate.Adapters.Simulated;
using Evaluate.Tests.Support;
using Evaluate.Adapters.Rewards;
using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Core.Rewards;
using Evaluate.Core.Strategies;
using Evaluate.Suites.Game24;
using Evaluate.Tests.Strategies;

namespace Evaluate.Tests.Rewards;

public sealed class RewardModelTests
{
    private static readonly Evaluate.Core.Problems.Problem Puzzle = new("4 4 6 8", "4 4 6 8", "24", Evaluate.Core.Problems.ProblemMeta.None);

    [Test]
    public async Task Oracle_scores_with_the_gold_answer_and_says_it_is_an_upper_bound()
    {
        var oracle = Components.Reward("oracle", Game24Fixture.Suite, 1, Game24Fixture.Model());
        Assert.That(oracle.Descriptor.Label, Does.Contain("oracle (upper bound)"));
        Assert.That(await oracle.ScoreSolutionAsync(Puzzle, "Answer: (4 + 8) * (6 - 4) = 24", CancellationToken.None), Is.EqualTo(1));
        Assert.That(await oracle.ScoreSolutionAsync(Puzzle, "Answer: 4 + 4 + 6 + 8 = 24", CancellationToken.None), Is.EqualTo(0));
        Assert.That(await oracle.ScoreSolutionAsync(Puzzle, "no answer here", CancellationToken.None), Is.EqualTo(0));
    }

    [Test]
    public async Task Oracle_process_scores_use_the_suite_step_verifier()
    {
        var oracle = new OracleReward(Game24Fixture.Suite.Checker, Game24Fixture.Suite);
        var good = await oracle.ScoreStepsAsync(Puzzle, ["4 + 8 = 12 (left: 4 6 12)", "6 - 4 = 2 (left: 2 12)", "2 * 12 = 24 (left: 24)"], CancellationToken.None);
        var bad = await oracle.ScoreStepsAsync(Puzzle, ["4 + 8 = 12 (left: 4 6 12)", "6 + 4 = 10 (left: 10 12)"], CancellationToken.None);
        var wrongArithmetic = await oracle.ScoreStepsAsync(Puzzle, ["4 + 8 = 13 (left: 4 6 13)"], CancellationToken.None);
        Assert.That(good, Is.EqualTo(new[] { 1.0, 1.0, 1.0 }));
        Assert.That(bad, Is.EqualTo(new[] { 1.0, 0.0 }));
        Assert.That(wrongArithmetic, Is.EqualTo(new[] { 0.0 }));
    }

    [Test]
    public async Task Sim_reward_is_deterministic_and_separates_right_from_wrong_by_its_discrimination()
    {
        var sharp = new SimulatedReward(Game24Fixture.Suite.Checker, Game24Fixture.Suite, 3, 1, 5);
        var blind = new SimulatedReward(Game24Fixture.Suite.Checker, Game24Fixture.Suite, 0, 1, 5);
        double sharpGap = 0, blindGap = 0;
        for (var i = 0; i < 200; i++)
        {
            var right = $"Answer: (4 + 8) * (6 - 4) = 24 {new string(' ', i)}";
            var wrong = $"Answer: 4 + 4 + 6 + 8 = 24 {new string(' ', i)}";
            sharpGap += await sharp.ScoreSolutionAsync(Puzzle, right, default) - await sharp.ScoreSolutionAsync(Puzzle, wrong, default);
            blindGap += await blind.ScoreSolutionAsync(Puzzle, right, default) - await blind.ScoreSolutionAsync(Puzzle, wrong, default);
        }
        Assert.That(sharpGap / 200, Is.GreaterThan(0.6));
        Assert.That(Math.Abs(blindGap / 200), Is.LessThan(0.1));
        var again = new SimulatedReward(Game24Fixture.Suite.Checker, Game24Fixture.Suite, 3, 1, 5);
        Assert.That(await again.ScoreSolutionAsync(Puzzle, "Answer: 1 = 24", default), Is.EqualTo(await sharp.ScoreSolutionAsync(Puzzle, "Answer: 1 = 24", default)));
        var steps = await sharp.ScoreStepsAsync(Puzzle, ["4 + 8 = 12 (left: 4 6 12)", "6 + 4 = 10 (left: 10 12)"], default);
        Assert.That(steps, Has.Count.EqualTo(2));
        Assert.That(steps.All(s => s is > 0 and < 1), Is.True);
    }

    [TestCase("yes", 1.0)]
    [TestCase("No, the second step is wrong.", 0.0)]
    [TestCase("Rating: 10", 1.0)]
    [TestCase("I'd say 4/10", 1.0 / 3)]
    [TestCase("hmm", 0.5)]
    public void Judge_reads_yes_no_and_ratings(string text, double expected)
    {
        Assert.That(JudgeVerdict.Score(new Completion(text, null, "stop", TokenUsage.Zero)), Is.EqualTo(expected).Within(1e-9));
    }

    [Test]
    public void Judge_prefers_yes_no_logprobs_when_present()
    {
        var logprobs = new[] { new TokenLogprob("Yes", Math.Log(0.6), [("No", Math.Log(0.2)), ("yes", Math.Log(0.1))]) };
        var score = JudgeVerdict.Score(new Completion("Yes", null, "stop", TokenUsage.Zero, logprobs));
        Assert.That(score, Is.EqualTo(0.6 / 0.8).Within(1e-9));
    }

    [Test]
    public async Task Judge_asks_its_model_and_reward_calls_are_counted_by_the_guard()
    {
        var judgeModel = new ScriptedModel((request, _) => request.Messages[0].Content.Contains("(4 + 8)") ? "yes" : "no");
        var judge = Components.Reward("judge", Game24Fixture.Suite, 1, judgeModel);
        var guard = new ComputeGuard(new ScriptedModel((_, _) => ""), ComputeBudget.Unlimited, judge);
        Assert.That(await guard.ScoreSolutionAsync(Puzzle, "Answer: (4 + 8) * (6 - 4) = 24", default), Is.EqualTo(1));
        Assert.That(await guard.ScoreSolutionAsync(Puzzle, "Answer: 4 * 6 = 24", default), Is.EqualTo(0));
        Assert.That(await guard.ScoreStepsAsync(Puzzle, ["a", "b"], default), Has.Count.EqualTo(2));
        // Regression: a step-level judge used to count one reward call for its two requests, and its tokens nowhere.
        Assert.That(judgeModel.Requests, Has.Count.EqualTo(4), "one judge call per solution and per step");
        Assert.That(guard.Meter.Spent.RewardCalls, Is.EqualTo(4), "every judge request is a reward call");
        Assert.That(guard.Meter.Spent.RewardTokens, Is.GreaterThan(0), "the judge's tokens are metered");
        Assert.That(guard.Meter.Spent.TotalTokens, Is.EqualTo(guard.Meter.Spent.RewardTokens), "and count against the token budget");
        Assert.That(guard.Meter.Spent.ModelCalls, Is.Zero, "judge calls are not calls of the evaluated strategy");
        Assert.That(judgeModel.Requests.Select(r => r.TopLogprobs), Is.All.EqualTo(5));
    }

    [Test]
    public void Catalog_rejects_unknown_names_and_parameters()
    {
        Assert.That(() => Components.Reward("orcale", Game24Fixture.Suite, 1, Game24Fixture.Model()),
            Throws.TypeOf<Evaluate.Core.UsageException>().With.Message.Contains("oracle"));
        Assert.That(() => Components.Reward("sim:dd=2", Game24Fixture.Suite, 1, Game24Fixture.Model()),
            Throws.TypeOf<Evaluate.Core.UsageException>().With.Message.Contains("'dd'"));
    }

    [Test]
    public void Game24_step_verifier_replays_steps_exactly()
    {
        var verifier = Game24ThoughtsVerifier.Instance;
        Assert.That(verifier.OnTrack(Puzzle, ["Steps:", "4 + 8 = 12 (left: 4 6 12)"]), Is.True);
        Assert.That(verifier.OnTrack(Puzzle, ["8 / 4 = 2 (left: 2 4 6)"]), Is.False, "2 4 6 cannot make 24");
        Assert.That(verifier.OnTrack(Puzzle, ["4 + 8 = 12 (left: 4 6 12)", "6 - 4 = 2 (left: 2 13)"]), Is.False, "wrong left list");
        Assert.That(verifier.OnTrack(Puzzle, ["9 + 4 = 13 (left: 4 6 13)"]), Is.False, "9 is not a puzzle number");
    }
}
