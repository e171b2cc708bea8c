using Evaluate.Core.Models;
using Evaluate.Core.Running;
using Evaluate.Core.Strategies;
using Evaluate.Tests.Strategies;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Foundations;

/// <summary>Model-call failures are problem errors; programming errors fail the run loudly.</summary>
public sealed class RunnerFailureTests
{
    private sealed class BrokenStrategy : IStrategy
    {
        public Evaluate.Core.Components.ComponentDescriptor Descriptor { get; } = Evaluate.Core.Components.ComponentDescriptor.Of("broken", "broken");

        public Task<StrategyOutcome> SolveAsync(SolveContext context, CancellationToken cancellationToken)
        {
            string? missing = context.Problem.Id == "never" ? "x" : null;
            return Task.FromResult(new StrategyOutcome([], missing!.Length));
        }
    }

    [Test]
    public void A_bug_in_a_strategy_fails_the_run_instead_of_becoming_a_problem_error()
    {
        var (suite, problems) = TestRuns.Game24(3);
        var runner = new EvaluationRunner(new RunSettings { RunName = "t", OutputDirectory = TestRuns.NewDirectory() });
        Assert.That(async () => await runner.RunAsync([new RunCell(TestRuns.Sim(suite, problems), suite, problems, new BrokenStrategy())], CancellationToken.None),
            Throws.TypeOf<NullReferenceException>());
    }

    [Test]
    public async Task A_failed_model_call_is_recorded_as_the_problems_error_and_the_run_goes_on()
    {
        var (suite, problems) = TestRuns.Game24(3);
        var model = new ScriptedModel((_, _) => throw new ModelCallException("server exploded", isTransient: false, statusCode: 500));
        var directory = TestRuns.NewDirectory();
        var runner = new EvaluationRunner(new RunSettings { RunName = "t", OutputDirectory = directory });
        await runner.RunAsync([new RunCell(model, suite, problems, new GreedyStrategy())], CancellationToken.None);
        var records = ResultFiles.ReadLines<ProblemRecord>(runner.Files.Problems).ToList();
        Assert.That(records, Has.Count.EqualTo(3));
        Assert.That(records.Select(r => r.Error), Is.All.Contains("server exploded"));
    }
}
