using Evaluate.Adapters.Simulated;
using Evaluate.Core.Metrics;
using Evaluate.Core.Running;
using Evaluate.Core.Strategies;
using Evaluate.Core.Suites;
using Evaluate.Suites.Game24;
using Evaluate.Suites.Probes;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Analysis;

/// <summary>
/// End to end through the runner: the simulated reasoner with overthink=1 against overthink=0 must show more solution
/// rounds, lower outcome efficiency and a higher easy-to-hard token ratio, at unchanged accuracy.
/// </summary>
public sealed class OverthinkingAcceptanceTests
{
    [Test]
    public async Task Overthinking_costs_tokens_and_efficiency_but_not_accuracy()
    {
        var probes = await MetricsAsync(new ProbesSuite(), ProblemSelection.All, overthink: 0);
        var probesOverthinking = await MetricsAsync(new ProbesSuite(), ProblemSelection.All, overthink: 1);
        Assert.That((double)probesOverthinking["solution_rounds_mean"]!, Is.GreaterThan((double)probes["solution_rounds_mean"]! + 1));
        Assert.That((double)probesOverthinking["outcome_efficiency"]!, Is.LessThan((double)probes["outcome_efficiency"]! * 0.8));
        Assert.That((double)probesOverthinking["tokens_after_first_correct_mean"]!, Is.GreaterThan((double)probes["tokens_after_first_correct_mean"]!));
        Assert.That(probesOverthinking["accuracy"], Is.EqualTo(probes["accuracy"]));

        // Easy (level 1) and hard (level 5) Game of 24 puzzles in one cell give the easy-to-hard token ratio.
        var mixed = new ProblemSelection { Split = "all", Levels = new HashSet<string> { "1", "5" } };
        var game24 = await MetricsAsync(new Game24Suite(TestRuns.NoData), mixed, overthink: 0);
        var game24Overthinking = await MetricsAsync(new Game24Suite(TestRuns.NoData), mixed, overthink: 1);
        Assert.That((double)game24Overthinking["easy_to_hard_token_ratio"]!, Is.GreaterThan((double)game24["easy_to_hard_token_ratio"]!));
        Assert.That(game24Overthinking["accuracy"], Is.EqualTo(game24["accuracy"]));
    }

    private static async Task<OrderedDictionary<string, object?>> MetricsAsync(ISuite suite, ProblemSelection selection, double overthink)
    {
        var problems = suite.Load(selection);
        var sim = new SimulatedReasoner(new SimulatedReasonerOptions(Overthink: overthink), new KnownProblems(problems.Select(p => new KnownProblem(suite.Name, p))));
        var runner = new EvaluationRunner(new RunSettings { RunName = "t", OutputDirectory = TestRuns.NewDirectory(), Concurrency = 2 });
        await runner.RunAsync([new RunCell(sim, suite, problems, new SampleStrategy(2, 0.8))], CancellationToken.None);
        return CellMetrics.Compute(
            ResultFiles.ReadLines<ProblemRecord>(runner.Files.Problems).ToList(),
            ResultFiles.ReadLines<SampleRecord>(runner.Files.Samples).ToList());
    }
}
