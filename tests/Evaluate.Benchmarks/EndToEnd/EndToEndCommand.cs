using System.Globalization;
using Evaluate.Cli;
using Evaluate.Composition;

namespace Evaluate.Benchmarks.EndToEnd;

/// <summary>
/// `bench-e2e [--short] [--requests N] [--responses N] [--grade-lines N] [--sim-problems N]`: in one run, the loopback
/// server's ceiling and the harness against it at concurrency 8/32/128, `grade` next to a plain JSON read-and-write,
/// `replay` time and peak memory, and `sim` CPU per sample at n=64. Each figure is printed with its same-run
/// reference, because this 2-core machine is shared and only ratios from one run mean anything.
/// </summary>
public static class EndToEndCommand
{
    private static readonly int[] Concurrencies = [8, 32, 128];

    public static async Task<int> RunAsync(string[] args)
    {
        // Measure the harness with the JIT settings the shipped CLI has (its runtimeconfig), not this host's.
        if (Environment.GetEnvironmentVariable(JitSetting) is null) return RunUnderCliJitSettings(args);
        var isShort = args.Contains("--short");
        var requests = Option(args, "--requests", isShort ? 1_000 : 10_000);
        var responses = Option(args, "--responses", isShort ? 8_000 : 1_000_000);
        var gradeLines = Option(args, "--grade-lines", isShort ? 10_000 : 200_000);
        var simProblems = Option(args, "--sim-problems", isShort ? 4 : 40);
        var work = Path.Combine(Path.GetTempPath(), $"evaluate-bench-e2e-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            Console.WriteLine($"bench-e2e: {Environment.ProcessorCount} cores, load average {LoadAverage()} at start");
            await ServerPhaseAsync(work, requests);
            await GradePhaseAsync(work, gradeLines);
            ReplayPhase(work, responses);
            await SimPhaseAsync(work, simProblems);
            Console.WriteLine($"load average {LoadAverage()} at end");
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private const string JitSetting = "DOTNET_TieredCompilation";

    private static int RunUnderCliJitSettings(string[] args)
    {
        using var child = ChildProcess.Start(["bench-e2e", .. args], (JitSetting, "0"), redirect: false);
        child.WaitForExit();
        return child.ExitCode;
    }

    private static async Task ServerPhaseAsync(string work, int requests)
    {
        using var server = ServerProcess.Start();
        var suite = Workloads.Suite(work, requests);
        await CeilingLoop.RunAsync(server.BaseUrl, 8, Math.Min(requests, 2_000)); // warm both sides up
        await InvokeAsync("run", "--suite", suite, "--model", "openai", "--base-url", server.BaseUrl, "--model-name", "fixed",
            "--strategy", "greedy", "--limit", "500", "--concurrency", "8", "--out", Path.Combine(work, "warm"));
        Console.WriteLine($"end to end against the loopback server (fixed 1 KB completion, server in a child process), {requests} requests each:");
        foreach (var concurrency in Concurrencies)
        {
            var ceiling = await Measurement.OfAsync(() => CeilingLoop.RunAsync(server.BaseUrl, concurrency, requests), server);
            var harness = await Measurement.OfAsync(() => InvokeAsync("run", "--suite", suite, "--model", "openai", "--base-url", server.BaseUrl,
                "--model-name", "fixed", "--strategy", "greedy", "--concurrency", concurrency.ToString(CultureInfo.InvariantCulture),
                "--out", Path.Combine(work, $"run-{concurrency}")), server);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  c={concurrency,3}: ceiling {ceiling.PerSecond(requests),8:0} req/s (client {ceiling.CpuMicrosecondsEach(requests),5:0} µs CPU/req, server {ceiling.ServerCpu.TotalMicroseconds / requests,5:0})" +
                $" | harness {harness.PerSecond(requests),8:0} samples/s = {100 * harness.PerSecond(requests) / ceiling.PerSecond(requests),5:0.0}% of ceiling," +
                $" {harness.CpuMicrosecondsEach(requests),5:0} µs harness CPU/sample (server {harness.ServerCpu.TotalMicroseconds / requests,5:0})"));
        }
    }

    private static async Task GradePhaseAsync(string work, int lines)
    {
        var pairs = Workloads.Pairs(work, lines);
        GradeBaseline.Run(pairs, Path.Combine(work, "warm.jsonl"));
        var baseline = await Measurement.OfAsync(() => Task.FromResult(GradeBaseline.Run(pairs, Path.Combine(work, "baseline.jsonl"))));
        var grade = await Measurement.OfAsync(() => InvokeAsync("grade", "--suite", "math", "--input", pairs, "--output", Path.Combine(work, "verdicts.jsonl")));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"grade, {lines} MATH-length lines: {grade.PerSecond(lines),8:0} lines/s ({grade.CpuMicrosecondsEach(lines):0.0} µs CPU/line)" +
            $" | JSON read+write only {baseline.PerSecond(lines),8:0} lines/s ({baseline.CpuMicrosecondsEach(lines):0.0} µs CPU/line); grade at {100 * grade.PerSecond(lines) / baseline.PerSecond(lines):0}% of it"));
    }

    private static void ReplayPhase(string work, int responses)
    {
        var input = Workloads.Replay(work, responses);
        var megabytes = new FileInfo(input).Length / 1e6;
        var baseline = CliChildCommand.Measure("grade", "--suite", "math", "--input", Workloads.Pairs(work, 1), "--output", Path.Combine(work, "one.jsonl"));
        var (wall, cpu, peak) = CliChildCommand.Measure("replay", "--suite", "probes", "--input", input, "--out", Path.Combine(work, "replayed"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"replay, {responses} responses ({megabytes:0} MB): {wall:0.0} s wall, {cpu:0.0} s CPU ({1e6 * cpu / responses:0} µs/response), peak {peak / 1e6:0} MB" +
            $" | same child grading one line: {baseline.WallSeconds:0.00} s, peak {baseline.PeakBytes / 1e6:0} MB"));
    }

    private static async Task SimPhaseAsync(string work, int problems)
    {
        var data = SharedData();
        string[] suite = data is null ? ["--suite", "probes"] : ["--suite", "gsm8k", "--data", data];
        string[] Args(string name, int limit) => ["run", .. suite, "--model", "sim", "--strategy", "sample:n=64", "--limit",
            limit.ToString(CultureInfo.InvariantCulture), "--concurrency", "2", "--out", Path.Combine(work, name)];
        await InvokeAsync(Args("sim-warm", 2));
        var samples = problems * 64;
        var sim = await Measurement.OfAsync(() => InvokeAsync(Args("sim", problems)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sim in process, {suite[1]} n=64, {samples} samples: {sim.CpuMicrosecondsEach(samples):0} µs CPU/sample (simulator's generation included), {sim.PerSecond(samples):0} samples/s" +
            $" | ceiling client above is the HTTP-only reference"));
    }

    private static async Task InvokeAsync(params string[] args)
    {
        var error = new StringWriter();
        var code = await CliApp.InvokeAsync(args, Registries.CreateDefault(), TextWriter.Null, error, CancellationToken.None);
        if (code != 0) throw new InvalidOperationException($"`evaluate {string.Join(' ', args)}` exited {code}: {error}");
    }

    /// <summary>../shared/datasets beside the repository (searched upwards from here), as the tests find it.</summary>
    private static string? SharedData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "datasets");
            if (Directory.Exists(Path.Combine(candidate, "gsm8k"))) return candidate;
        }
        return null;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static int Option(string[] args, string name, int fallback)
    {
        var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);
    }
}
