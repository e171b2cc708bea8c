using Evaluate.Adapters.OpenAI;
using Evaluate.Adapters.Rewards;
using Evaluate.Adapters.Serving;
using Evaluate.Adapters.Simulated;
using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Core.Running;
using Evaluate.Core.Strategies;
using Evaluate.Core.Suites;
using Evaluate.Suites.Catalog;
using Evaluate.Suites.Game24;
using Evaluate.Suites.Probes;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Strategies;

/// <summary>
/// Every strategy on every suite it applies to, with the in-process simulated reasoner and with the OpenAI-compatible
/// adapter talking to the same reasoner behind the serve host: both must give the same graded samples, and a second
/// in-process run must give the same bytes.
/// </summary>
[Category(TestCategories.Http)]
public sealed class StrategiesOverHttpTests
{
    private static readonly string[] Strategies =
    [
        "greedy", "sample:n=4", "majority:n=4", "early-stop:n=8,batch=2", "best-of-n:n=4", "weighted-majority:n=4",
        "beam:beams=2,expand=2,depth=4", "tot-bfs:breadth=2", "tot-dfs:breadth=2", "mcts:simulations=4", "adaptive:first=2,n=4",
    ];

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var strategy in Strategies)
        {
            yield return new TestCaseData("game24", strategy).SetName($"{{m}}(game24, {strategy})");
            // Tree of Thoughts needs propose/value hooks, which only Game of 24 has.
            if (strategy.StartsWith("tot-", StringComparison.Ordinal)) continue;
            foreach (var suite in new[] { "probes", "gsm8k", "math500", "omni-math" })
                yield return new TestCaseData(suite, strategy).SetName($"{{m}}({suite}, {strategy})");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Runs_the_same_in_process_and_over_http(string suiteName, string strategySpec)
    {
        ISuite suite = suiteName switch
        {
            "game24" => new Game24Suite(TestRuns.NoData),
            "probes" => new ProbesSuite(),
            _ => new SuiteCatalog(SharedDatasets.Require()).Create(suiteName),
        };
        var problems = suite.Load(new ProblemSelection { Limit = 3 });
        var sim = new SimulatedReasoner(new SimulatedReasonerOptions(), new KnownProblems(problems.Select(p => new KnownProblem(suite.Name, p))));

        await using var server = new OpenAiCompatibleServer();
        var url = await server.StartAsync(sim, 0);
        using var http = new OpenAiCompatibleModel(new OpenAiCompatibleOptions { BaseUrl = url, ModelName = "sim" });

        var local = await RunAsync(sim, suite, problems, strategySpec);
        var again = await RunAsync(sim, suite, problems, strategySpec);
        var remote = await RunAsync(http, suite, problems, strategySpec);

        Assert.That(File.ReadAllBytes(again.Samples), Is.EqualTo(File.ReadAllBytes(local.Samples)), "deterministic for a seed");
        var localRecords = ResultFiles.ReadLines<ProblemRecord>(local.Problems).ToList();
        Assert.That(localRecords.Select(r => r.Error), Is.All.Null);
        Assert.That(localRecords.Sum(r => r.Samples), Is.GreaterThan(0));
        Assert.That(Graded(remote), Is.EqualTo(Graded(local)), "same samples over HTTP");
    }

    private static async Task<ResultFiles> RunAsync(IModelAdapter model, ISuite suite, IReadOnlyList<Evaluate.Core.Problems.Problem> problems, string strategySpec)
    {
        var strategy = Components.Strategy(strategySpec);
        var reward = Components.Reward("sim", suite, 1234, model);
        var runner = new EvaluationRunner(new RunSettings { RunName = "t", OutputDirectory = TestRuns.NewDirectory(), Concurrency = 2 });
        await runner.RunAsync([new RunCell(model, suite, problems, strategy, reward)], CancellationToken.None);
        return runner.Files;
    }

    private static List<(string, int, string?, bool, bool)> Graded(ResultFiles files) =>
        ResultFiles.ReadLines<SampleRecord>(files.Samples).Select(s => (s.ProblemId, s.SampleIndex, s.Extracted, s.Correct, s.Selected)).ToList();
}
