using Evaluate.Adapters.Serving;
using Evaluate.Adapters.Simulated;
using Evaluate.Core.Results;
using Evaluate.Core.Suites;
using Evaluate.Suites.Game24;
using Evaluate.Suites.Probes;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reliability;

/// <summary>
/// A bounded soak test: a run against a server failing a quarter of its requests, with every kind of fault, grades every
/// sample as a fault-free run does; the network's trouble shows only in attempts and retries.
/// </summary>
[Category(TestCategories.Http)]
public sealed class FaultSoakTests
{
    private static SimulatedReasoner Sim()
    {
        var game24 = new Game24Suite(null);
        var probes = new ProbesSuite();
        var known = game24.Load(new ProblemSelection { Limit = 20 }).Select(p => new KnownProblem("game24", p))
            .Concat(probes.Load(new ProblemSelection { Limit = 20 }).Select(p => new KnownProblem("probes", p)));
        return new SimulatedReasoner(new SimulatedReasonerOptions(), new KnownProblems(known));
    }

    /// <param name="timeout">Per-attempt seconds: short against stalls; long without faults, so a loaded machine never retries.</param>
    private static async Task<string> RunAgainstAsync(FaultPlan? faults, int timeout)
    {
        await using var server = new OpenAiCompatibleServer();
        var url = await server.StartAsync(Sim(), faults: faults);
        var work = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync("run", "--model", $"openai:attempts=20,timeout={timeout},retry_delay=0.01", "--base-url", url,
            "--model-name", "sim", "--suite", "game24", "--suite", "probes", "--strategy", "greedy", "--strategy", "sample:n=4",
            "--limit", "20", "--seed", "21", "--concurrency", "4", "--out", work);
        Assert.That(code, Is.EqualTo(0), error);
        return work;
    }

    [Test]
    public async Task A_run_through_a_quarter_of_faulty_answers_grades_every_sample_as_a_fault_free_run()
    {
        var clean = await RunAgainstAsync(null, timeout: 60);
        var faults = FaultPlan.Parse("0.25,seed=5,stall_seconds=10,retry_after=0");
        var faulty = await RunAgainstAsync(faults, timeout: 2);

        Assert.That(File.ReadAllBytes(Path.Combine(faulty, "samples.jsonl")), Is.EqualTo(File.ReadAllBytes(Path.Combine(clean, "samples.jsonl"))));
        var a = RunDirectory.Open(clean).Problems().ToList();
        var b = RunDirectory.Open(faulty).Problems().ToList();
        Assert.That(b.Select(p => (p.ProblemId, p.ModelCalls, p.PromptTokens, p.CompletionTokens, p.Error)),
            Is.EqualTo(a.Select(p => (p.ProblemId, p.ModelCalls, p.PromptTokens, p.CompletionTokens, p.Error))), "the same compute figures, no error");
        Assert.That(a.Sum(p => p.Retries), Is.Zero);
        Assert.That(b.Sum(p => p.Retries), Is.GreaterThan(0), "the faults show in their own fields");
        Assert.That(b.Sum(p => p.Attempts), Is.EqualTo(b.Sum(p => p.ModelCalls) + b.Sum(p => p.Retries)));
        Assert.That(faults.Injected.Keys, Is.EquivalentTo(Enum.GetValues<FaultKind>()), "every kind of fault happened");
    }
}
