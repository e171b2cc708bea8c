using Evaluate.Tests.Support;
using Evaluate.Adapters.Rewards;
using Evaluate.Core.Components;
using Evaluate.Core.Metrics;
using Evaluate.Core.Running;
using Evaluate.Core.Strategies;

namespace Evaluate.Tests.Strategies;

public sealed class ComputeAccountingTests
{
    [TestCase("beam:beams=2,expand=2,depth=6")]
    [TestCase("tot-bfs:breadth=2")]
    [TestCase("early-stop:n=8,batch=2")]
    [TestCase("mcts:simulations=5,expand=2")]
    public async Task Per_problem_counters_add_up_to_what_the_model_saw(string spec)
    {
        var directory = Path.Combine(Path.GetTempPath(), "evaluate-tests", Guid.NewGuid().ToString("N"));
        var problems = Game24Fixture.Problems(6);
        var counting = new CountingModel(Game24Fixture.Model(count: 6));
        var reward = Components.Reward("sim", Game24Fixture.Suite, 1, counting);
        var cell = new RunCell(counting, Game24Fixture.Suite, problems, Components.Strategy(spec), reward);
        var settings = new RunSettings { RunName = "accounting", OutputDirectory = directory, Concurrency = 3 };
        try
        {
            await new EvaluationRunner(settings).RunAsync([cell], CancellationToken.None);
            var files = new ResultFiles(directory);
            var records = ResultFiles.ReadLines<ProblemRecord>(files.Problems).ToList();
            var samples = ResultFiles.ReadLines<SampleRecord>(files.Samples).ToList();
            Assert.That(records, Has.Count.EqualTo(problems.Count));
            Assert.That(records.Select(r => r.Error), Is.All.Null);
            Assert.That(records.Sum(r => r.ModelCalls), Is.EqualTo(counting.Calls));
            Assert.That(records.Sum(r => r.PromptTokens), Is.EqualTo(counting.PromptTokens));
            Assert.That(records.Sum(r => r.CompletionTokens), Is.EqualTo(counting.CompletionTokens));
            var metrics = CellMetrics.Compute(records, samples);
            Assert.That((double)metrics["mean_model_calls_per_problem"]! * problems.Count, Is.EqualTo((double)counting.Calls).Within(1e-9));
            Assert.That((double)metrics["mean_tokens_per_problem"]! * problems.Count,
                Is.EqualTo((double)(counting.PromptTokens + counting.CompletionTokens)).Within(1e-6));
            if (spec.StartsWith("beam") || spec.StartsWith("mcts"))
                Assert.That(records.Sum(r => r.RewardCalls), Is.GreaterThan(0));
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }
}
