using Evaluate.Core.Search;
using Evaluate.Core.Strategies;
using Evaluate.Onnx.Tests.Fixtures;
using static Evaluate.Onnx.TestModels.ScorerModel;

namespace Evaluate.Onnx.Tests.Strategies;

/// <summary>
/// The harness's own best-of-n and weighted-majority strategies with the ONNX scorer, on a case worked by hand:
/// "Answer: 24" scores sigmoid(2) = 0.881, "Answer: 23" scores sigmoid(-1) = 0.269; beam search with the process
/// variant, whose step scores are sigmoids of running sums.
/// </summary>
public sealed class RewardStrategyTests
{
    private const long Seed = 7;
    private ScorerFolders _folders = null!;

    [OneTimeSetUp] public void Write() => _folders = new ScorerFolders();
    [OneTimeTearDown] public void Delete() => _folders.Dispose();

    [Test]
    public async Task Best_of_n_picks_the_top_scored_candidate()
    {
        using var reward = Specs.Reward(_folders.Outcome);
        var outcome = await new BestOfNStrategy(4, 0.8).SolveAsync(Context(reward, "Answer: 23", "Answer: 23", "Answer: 24", "Answer: 23"), CancellationToken.None);
        Assert.That(outcome.SelectedIndex, Is.EqualTo(2));
        Assert.That(outcome.Candidates.Select(c => c.Score), Is.EqualTo(new double?[] { Sigmoid(-1), Sigmoid(-1), Sigmoid(2), Sigmoid(-1) }).Within(1e-6));
    }

    [TestCase(3, 3, Description = "23 weighs 3 x 0.269 = 0.807 < 0.881: the single 24 (index 3) wins")]
    [TestCase(4, 0, Description = "23 weighs 4 x 0.269 = 1.076 > 0.881: the 23s win, first of them selected")]
    public async Task Weighted_majority_sums_the_scores_per_answer(int twentyThrees, int expectedIndex)
    {
        using var reward = Specs.Reward(_folders.Outcome);
        var answers = Enumerable.Repeat("Answer: 23", twentyThrees).Append("Answer: 24").ToArray();
        var outcome = await new WeightedMajorityStrategy(answers.Length, 0.8).SolveAsync(Context(reward, answers), CancellationToken.None);
        Assert.That(outcome.SelectedIndex, Is.EqualTo(expectedIndex));
    }

    [Test]
    public async Task Beam_search_with_the_process_reward_keeps_the_path_a_hand_computation_keeps()
    {
        using var reward = Specs.Reward(_folders.Process, ("kind", "prm"), ("step_token", TestTokenizer.StepToken));
        // Even seeds write a 24, odd seeds a 23; the first step has no answer, the second does.
        var model = new ScriptedModel((request, seed) =>
            (string.IsNullOrEmpty(request.AssistantPrefix) ? "First" : "Answer:") + (seed % 2 == 0 ? " 24" : " 23"));
        var context = new SolveContext(NumberSuite.Problem, new NumberSuite(), new MeteredModel(model), reward, ComputeBudget.Unlimited, Seed, 64);
        var outcome = await new BeamSearchStrategy(1, 2, 4, StepAggregation.Min, 0.8).SolveAsync(context, CancellationToken.None);
        // Depth 1: "First 23" (seed 7) scores s(-1), "First 24" (seed 8) s(2): the beam keeps "First 24".
        // Depth 2: "Answer: 23" (seed 9) gives running sums 2, 1; "Answer: 24" (seed 10) gives 2, 4: min s(1) < min s(2).
        var selected = outcome.Candidates[outcome.SelectedIndex!.Value];
        Assert.That(selected.Completion.Text, Does.StartWith("First 24").And.EndWith("Answer: 24"));
        Assert.That(selected.StepScores, Is.EqualTo(new[] { Sigmoid(2), Sigmoid(4) }).Within(1e-6));
    }

    [Test]
    public async Task Mcts_with_the_outcome_reward_follows_a_hand_computation()
    {
        using var reward = Specs.Reward(_folders.Outcome);
        // Depth 1, two children per expansion, three simulations, UCB1:
        // 1. the root expands to "Answer: 23" (seed 7) and "Answer: 24" (seed 8), both final; the first is scored s(-1);
        // 2. unvisited first: "Answer: 24" is scored s(2);
        // 3. UCB1 with one visit each: s(2) + c·√(ln 2) beats s(-1) + c·√(ln 2), so "Answer: 24" again, s(2).
        // The answer: the most-visited child ("Answer: 24", two visits), its best rollout, the earliest of equals: index 1.
        var outcome = await new MctsStrategy(3, 2, 1, Math.Sqrt(2), puct: false, 0.8).SolveAsync(Context(reward, "Answer: 23", "Answer: 24"), CancellationToken.None);
        Assert.That(outcome.Candidates.Select(c => c.Score), Is.EqualTo(new double?[] { Sigmoid(-1), Sigmoid(2), Sigmoid(2) }).Within(1e-6));
        Assert.That(outcome.SelectedIndex, Is.EqualTo(1));
    }

    private static SolveContext Context(Evaluate.Core.Rewards.IRewardModel reward, params string[] answers) =>
        new(NumberSuite.Problem, new NumberSuite(), new MeteredModel(ScriptedModel.Answers(Seed, answers)), reward, ComputeBudget.Unlimited, Seed, 64);
}
