using Evaluate.Core.Metrics;
using Evaluate.Core.Rewards;
using Evaluate.Core.Strategies;

namespace Evaluate.Tests.Strategies;

public sealed class OracleBestOfNTests
{
    [TestCase(1)]
    [TestCase(4)]
    [TestCase(8)]
    public async Task Best_of_n_with_the_oracle_scores_pass_at_n_on_the_same_samples(int n)
    {
        var problems = Game24Fixture.Problems(30);
        var model = Game24Fixture.Model(skill: 0.45, count: 30);
        var oracle = new OracleReward(Game24Fixture.Suite.Checker);
        double bestOfN = 0, passAtN = 0;
        foreach (var problem in problems)
        {
            var outcome = await new BestOfNStrategy(n, 0.8).SolveAsync(Game24Fixture.Context(problem, model, oracle), CancellationToken.None);
            // Graded with the suite's checker, independently of the oracle that chose.
            var correct = outcome.Candidates.Select(c => Correct(problem, c.Completion.Text)).ToList();
            bestOfN += correct[outcome.SelectedIndex!.Value] ? 1 : 0;
            passAtN += PassAtK.Estimate(correct.Count, correct.Count(c => c), n)!.Value;
        }
        Assert.That(bestOfN, Is.EqualTo(passAtN));
        Assert.That(bestOfN, Is.GreaterThan(0).And.LessThan(problems.Count), "the skill leaves some problems unsolved");
    }

    private static bool Correct(Evaluate.Core.Problems.Problem problem, string text) =>
        Game24Fixture.Suite.Checker.Grade(problem, Game24Fixture.Suite.Checker.Extract(text)).Correct;
}
