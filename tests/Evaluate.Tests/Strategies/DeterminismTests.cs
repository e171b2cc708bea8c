using Evaluate.Tests.Support;
using Evaluate.Adapters.Rewards;
using Evaluate.Core.Components;
using Evaluate.Core.Strategies;

namespace Evaluate.Tests.Strategies;

public sealed class DeterminismTests
{
    [TestCaseSource(typeof(StrategySpecs), nameof(StrategySpecs.All))]
    public async Task Each_strategy_gives_the_same_outcome_twice_for_a_seed(string spec)
    {
        var first = await SolveAllAsync(spec, seed: 11);
        var second = await SolveAllAsync(spec, seed: 11);
        Assert.That(second, Is.EqualTo(first));
        Assert.That(first.Any(line => line.Length > 0), Is.True);
    }

    [Test]
    public async Task Another_seed_changes_what_a_sampling_strategy_draws()
    {
        Assert.That(await SolveAllAsync("mcts:simulations=6,expand=2", seed: 12), Is.Not.EqualTo(await SolveAllAsync("mcts:simulations=6,expand=2", seed: 11)));
    }

    private static async Task<List<string>> SolveAllAsync(string spec, long seed)
    {
        var lines = new List<string>();
        var reward = Components.Reward("sim:d=1.5", Game24Fixture.Suite, seed, Game24Fixture.Model());
        foreach (var problem in Game24Fixture.Problems(4))
        {
            var context = Game24Fixture.Context(problem, Game24Fixture.Model(count: 4), reward, seed: seed);
            var outcome = await Components.Strategy(spec).SolveAsync(context, CancellationToken.None);
            lines.Add($"{outcome.SelectedIndex}|" + string.Join("|", outcome.Candidates.Select(c =>
                $"{c.Completion.Text}#{c.Score}#{string.Join(',', c.StepScores ?? [])}")));
            lines.Add(((MeteredModel)context.Model).Spent.ToString());
        }
        return lines;
    }
}
