using Evaluate.Core.Strategies;

namespace Evaluate.Tests.Strategies;

public sealed class MctsTests
{
    [TestCase(false)]
    [TestCase(true)]
    public async Task Each_simulation_scores_one_rollout_and_calls_stay_within_two_per_simulation(bool puct)
    {
        var problem = Game24Fixture.Problems(1)[0];
        var reward = new TableReward(text => text.Contains("= 24") ? 0.8 : 0.1);
        var context = Game24Fixture.Context(problem, Game24Fixture.Model(count: 1), reward);
        var outcome = await new MctsStrategy(10, 2, 8, 1.4, puct, 0.8).SolveAsync(context, CancellationToken.None);
        var spent = ((MeteredModel)context.Model).Spent;
        Assert.That(outcome.Candidates, Has.Count.EqualTo(10));
        Assert.That(spent.RewardCalls, Is.EqualTo(10));
        Assert.That(spent.ModelCalls, Is.LessThanOrEqualTo(20));
        Assert.That(outcome.Candidates.Select(c => c.Completion.Text), Is.All.StartWith("Steps:\n"));
        Assert.That(outcome.SelectedIndex, Is.Not.Null);
    }

    [Test]
    public async Task The_answer_comes_from_the_most_visited_branch()
    {
        // Branch "good" earns 1 per rollout, branch "bad" 0: UCB1 concentrates visits on "good", whose rollout is chosen.
        var model = new ScriptedModel((request, seed) =>
            string.IsNullOrEmpty(request.AssistantPrefix)
                ? (seed % 2 == 0 ? "good\n\nAnswer: A" : "bad\n\nAnswer: B")
                : request.AssistantPrefix.StartsWith("good") ? "Answer: A" : "Answer: B");
        var reward = new TableReward(text => text.Contains("Answer: A") ? 1 : 0);
        var context = new SolveContext(AnswerSuite.Problem(), new AnswerSuite(), new MeteredModel(model), reward, ComputeBudget.Unlimited, 0, 64);
        var outcome = await new MctsStrategy(12, 2, 4, 0.5, false, 0.8).SolveAsync(context, CancellationToken.None);
        Assert.That(outcome.Candidates[outcome.SelectedIndex!.Value].Completion.Text, Does.Contain("Answer: A"));
        Assert.That(outcome.Candidates.Count(c => c.Completion.Text.StartsWith("good")), Is.GreaterThan(outcome.Candidates.Count / 2));
    }

    [Test]
    public async Task A_token_cap_limits_the_search_under_an_unlimited_run_budget()
    {
        var problem = Game24Fixture.Problems(1)[0];
        var reward = new TableReward(_ => 0.5);
        var context = Game24Fixture.Context(problem, Game24Fixture.Model(count: 1), reward);
        var outcome = await new MctsStrategy(100, 2, 8, 1.4, false, 0.8, tokens: 2500).SolveAsync(context, CancellationToken.None);
        var spent = ((MeteredModel)context.Model).Spent;
        Assert.That(spent.TotalTokens, Is.LessThanOrEqualTo(2500));
        Assert.That(outcome.Candidates, Has.Count.InRange(1, 99), "the cap, not the simulation count, ended the search");
    }
}
