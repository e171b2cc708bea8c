using Evaluate.Adapters.Simulated;
using Evaluate.Core.Problems;
using Evaluate.Core.Running;
using Evaluate.Core.Strategies;
using Evaluate.Core.Suites;
using Evaluate.Suites.Data;
using Evaluate.Suites.Game24;

namespace Evaluate.Tests.Support;

/// <summary>Small in-process runs of the simulated reasoner on Game of 24, for runner and metric tests.</summary>
public static class TestRuns
{
    public static readonly DataDirectory NoData = new(Path.Combine(Path.GetTempPath(), "evaluate-no-data"), "test");

    public static (Game24Suite Suite, IReadOnlyList<Problem> Problems) Game24(int limit)
    {
        var suite = new Game24Suite(NoData);
        return (suite, suite.Load(new ProblemSelection { Limit = limit }));
    }

    public static SimulatedReasoner Sim(ISuite suite, IReadOnlyList<Problem> problems, SimulatedReasonerOptions? options = null) =>
        new(options ?? new SimulatedReasonerOptions(), new KnownProblems(problems.Select(p => new KnownProblem(suite.Name, p))));

    public static string NewDirectory() => Path.Combine(Path.GetTempPath(), "evaluate-tests", Guid.NewGuid().ToString("N"));

    public static async Task<ResultFiles> RunAsync(string directory, int concurrency, int limit = 20, long seed = 1234, CancellationToken cancellationToken = default, bool resume = false)
    {
        var (suite, problems) = Game24(limit);
        var sim = Sim(suite, problems);
        var settings = new RunSettings { RunName = "test", OutputDirectory = directory, Seed = seed, Concurrency = concurrency, Resume = resume };
        var runner = new EvaluationRunner(settings);
        await runner.RunAsync([new RunCell(sim, suite, problems, new GreedyStrategy()), new RunCell(sim, suite, problems, new SampleStrategy(4, 0.8))], cancellationToken);
        return runner.Files;
    }
}
