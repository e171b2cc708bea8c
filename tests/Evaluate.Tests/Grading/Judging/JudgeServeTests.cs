using System.Text.Json.Nodes;
using Evaluate.Adapters.Serving;
using Evaluate.Adapters.Simulated;
using Evaluate.Core.Metrics;
using Evaluate.Core.Results;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Grading.Judging;

/// <summary>
/// An openai judge against `serve` (the sim behind it, answering judge prompts): its verdicts reach the records, and a
/// server that fails (HTTP 500 on every attempt, or stalls past the attempt timeout) leaves the samples ungradable.
/// </summary>
[Category(TestCategories.Http)]
public sealed class JudgeServeTests
{
    private static string Pairs(string directory)
    {
        Directory.CreateDirectory(directory);
        var input = Path.Combine(directory, "pairs.jsonl");
        File.WriteAllLines(input,
        [
            "{\"id\":1,\"gold\":\"3\",\"response\":\"so \\\\boxed{3}\"}",
            "{\"id\":2,\"gold\":\"3\",\"response\":\"so \\\\boxed{x \\\\mapsto \\\\{\\\\}}\",\"problem\":\"What is 1+2?\"}",
            "{\"id\":3,\"gold\":\"3\",\"response\":\"\"}",
        ]);
        return input;
    }

    private static async Task<List<JsonNode>> GradeAgainstAsync(FaultPlan? faults, string judgeMode, string adapterOptions)
    {
        await using var server = new OpenAiCompatibleServer();
        var url = await server.StartAsync(new SimulatedReasoner(new SimulatedReasonerOptions(Judge: judgeMode), KnownProblems.Empty), faults: faults);
        var work = TestRuns.NewDirectory();
        var output = Path.Combine(work, "verdicts.jsonl");
        var (code, _, error) = await InProcessCli.RunAsync("grade", "--suite", "math", "--input", Pairs(work), "--output", output,
            "--judge", $"openai:base_url={url},model=sim,{adapterOptions}");
        Assert.That(code, Is.Zero, error);
        return File.ReadLines(output).Select(l => JsonNode.Parse(l)!).ToList();
    }

    [Test]
    public async Task A_served_judge_decides_the_samples_the_rules_leave()
    {
        var lines = await GradeAgainstAsync(null, "correct", "attempts=1");
        Assert.That(lines.Select(l => (string?)l["verdict_source"]), Is.EqualTo(new[] { "rule", "judge", "judge" }));
        Assert.That(lines.Select(l => (bool)l["correct"]!), Is.All.True);
    }

    [Test]
    public async Task Http_500_on_every_attempt_fails_closed()
    {
        var lines = await GradeAgainstAsync(FaultPlan.Parse("500=1"), "correct", "attempts=2,retry_delay=0.01");
        Assert.That(lines.Select(l => (bool)l["correct"]!), Is.EqualTo(new[] { true, false, false }));
        Assert.That(lines.Select(l => (string?)l["reason"]), Is.EqualTo(new[] { "equal", "unparseable", "no-answer" }));
        Assert.That(lines.Skip(1).Select(l => (string?)l["judge"]!["error"]), Is.All.StartsWith("call failed"));
    }

    [Test]
    public async Task A_stalled_server_past_the_attempt_timeout_fails_closed()
    {
        var lines = await GradeAgainstAsync(FaultPlan.Parse("stall=1,stall_seconds=3"), "correct", "attempts=1,timeout=0.2,idle_timeout=0.2");
        Assert.That(lines.Select(l => (bool)l["correct"]!), Is.EqualTo(new[] { true, false, false }));
        Assert.That(lines.Skip(1).Select(l => (string?)l["judge"]!["error"]), Is.All.StartsWith("call failed"));
    }

    [Test]
    public async Task A_served_judge_in_a_run_counts_its_calls_and_its_garbage_as_judge_errors()
    {
        await using var server = new OpenAiCompatibleServer();
        var url = await server.StartAsync(new SimulatedReasoner(new SimulatedReasonerOptions(Judge: "garbage"), KnownProblems.Empty));
        var work = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", "probes", "--limit", "3",
            "--judge", $"openai:base_url={url},model=sim,attempts=1", "--judge-audit", "1", "--out", work);
        Assert.That(code, Is.Zero, error);
        var metrics = RunDirectory.Open(work).ReadSummary().Results.Single().Metrics;
        var problems = RunDirectory.Open(work).Problems().ToList();
        Assert.That(problems.Sum(p => p.JudgeCalls), Is.EqualTo(3), "one audit call per sample, answered");
        Assert.That(MetricValue.Number(metrics, "judge_errors"), Is.EqualTo(3));
        Assert.That(MetricValue.Number(metrics, "judge_agreement"), Is.Null, "garbage is no verdict to agree with");
    }
}
