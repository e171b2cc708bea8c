using System.Diagnostics;
using System.Text.Json;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Scale;

/// <summary>
/// Two real `serve` processes behind --base-url twice: both answer, and one killed with SIGKILL mid-run loses no
/// sample: the samples equal a run against a single `serve`.
/// </summary>
[Category(TestCategories.Process), Category(TestCategories.Http)]
public sealed class ServeReplicaProcessTests
{
    private static readonly string[] Plan =
    [
        "run", "--model", "openai:attempts=3,timeout=10,retry_delay=0.02", "--model-name", "sim", "--suite", "game24", "--suite", "probes",
        "--strategy", "greedy", "--strategy", "sample:n=4", "--limit", "40", "--seed", "13", "--concurrency", "6",
    ];

    private static async Task<(Process Process, string Url)> ServeAsync(string work)
    {
        var process = CliProcess.Start(work, "serve", "--model", "sim", "--port", "0");
        var banner = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process, banner!.Split(" at ")[^1].Trim());
    }

    [Test]
    public async Task A_serve_process_killed_mid_run_loses_no_sample()
    {
        var work = TestRuns.NewDirectory();
        var (first, firstUrl) = await ServeAsync(work);
        var (second, secondUrl) = await ServeAsync(work);
        try
        {
            var reference = Path.Combine(work, "reference");
            var single = await InProcessCli.RunAsync([.. Plan, "--base-url", firstUrl, "--out", reference]);
            Assert.That(single.ExitCode, Is.EqualTo(0), single.Error);

            var spread = Path.Combine(work, "spread");
            var run = InProcessCli.RunAsync([.. Plan, "--base-url", firstUrl, "--base-url", secondUrl, "--out", spread]);
            var problems = Path.Combine(spread, "problems.jsonl");
            while (!run.IsCompleted && (!File.Exists(problems) || File.ReadAllLines(problems).Length < 20)) await Task.Delay(10);
            Assert.That(run.IsCompleted, Is.False, "the replica is killed while the run is going");
            second.Kill(entireProcessTree: true); // SIGKILL: connections drop, nothing is answered any more
            var (code, _, error) = await run;

            Assert.That(code, Is.EqualTo(0), error);
            Assert.That(File.ReadAllBytes(Path.Combine(spread, "samples.jsonl")), Is.EqualTo(File.ReadAllBytes(Path.Combine(reference, "samples.jsonl"))));
            var endpoints = JsonDocument.Parse(File.ReadAllText(Path.Combine(spread, "run.json"))).RootElement.GetProperty("endpoints").EnumerateArray().ToArray();
            Assert.That(endpoints.Select(e => e.GetProperty("calls").GetInt32()), Has.All.GreaterThan(0), "both serve processes answered");
            Assert.That(endpoints[1].GetProperty("errors").GetInt32(), Is.GreaterThan(0), "the killed one's failures are counted");
        }
        finally
        {
            first.Kill(entireProcessTree: true);
            if (!second.HasExited) second.Kill(entireProcessTree: true);
            first.Dispose();
            second.Dispose();
        }
    }
}
