using Evaluate.Core.Metrics;
using Evaluate.Core.Rewards;
using Evaluate.Core.Running;
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
            var key = new RunKey("m", "game24", "best-of-n");
            var (samples, record) = SampleGrader.Grade("t", key, problem, Game24Fixture.Suite.Checker, outcome, ComputeSpent.Zero);
            bestOfN += record.Score;
            passAtN += PassAtK.Estimate(samples.Count, samples.Count(s => s.Correct), n)!.Value;
        }
        Assert.That(bestOfN, Is.EqualTo(passAtN));
        Assert.That(bestOfN, Is.GreaterThan(0).And.LessThan(problems.Count), "the skill leaves some problems unsolved");
    }
}
