using System.Diagnostics;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Scale;

/// <summary>
/// The plan the scale tests shard: two suites, a sampling strategy with n&gt;1 and a search strategy ranked by the
/// simulated reward, on the simulated reasoner; small enough that a one-machine run takes a second or two.
/// </summary>
public static class ShardedRuns
{
    public static readonly string[] Plan =
    [
        "run", "--suite", "game24", "--suite", "probes", "--strategy", "greedy", "--strategy", "sample:n=3",
        "--strategy", "beam:beams=2,expand=2", "--reward", "sim", "--limit", "14", "--seed", "7",
    ];

    /// <summary>The files a merged run must equal a one-machine run in, byte for byte.</summary>
    public static readonly string[] Compared = ["samples.jsonl", "problems.jsonl", "summary.json", "summary.csv", "manifest.json", "prompts.jsonl"];

    /// <summary>The same kind of plan with more work: a child process running it takes long enough to be killed mid-run.</summary>
    public static readonly string[] LargerPlan =
    [
        "run", "--suite", "game24", "--suite", "probes", "--strategy", "sample:n=8", "--strategy", "beam:beams=3,expand=3", "--reward", "sim",
        "--limit", "60", "--seed", "7",
    ];

    public static async Task<string> OneMachineAsync(int concurrency = 4, string[]? plan = null)
    {
        var directory = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync([.. plan ?? Plan, "--out", directory, "--concurrency", concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.That(code, Is.EqualTo(0), error);
        return directory;
    }

    /// <summary>Shard <paramref name="index"/> of <paramref name="count"/>, in process, into a new directory under <paramref name="work"/>.</summary>
    public static async Task<string> ShardAsync(string work, int index, int count, params string[] extra) => await ShardAsync(Plan, work, index, count, extra);

    public static async Task<string> ShardAsync(string[] plan, string work, int index, int count, params string[] extra)
    {
        var directory = Path.Combine(work, $"shard-{index}-of-{count}");
        var (code, _, error) = await InProcessCli.RunAsync([.. plan, "--shard", $"{index}/{count}", "--out", directory, .. extra]);
        Assert.That(code, Is.EqualTo(0), error);
        return directory;
    }

    public static async Task<(int ExitCode, string Output, string Error)> MergeAsync(string outDirectory, IEnumerable<string> shards, params string[] extra) =>
        await InProcessCli.RunAsync(["merge", .. shards, "--out", outDirectory, .. extra]);

    public static void AssertSameBytes(string expected, string actual)
    {
        foreach (var file in Compared)
            Assert.That(File.ReadAllBytes(Path.Combine(actual, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(expected, file))), file);
    }

    /// <summary>Starts `evaluate` as a child process with extra environment variables (the process's own stay as they are).</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        Directory.CreateDirectory(workingDirectory);
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(CliProcess.Dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["CI"] = "true";
        // The engines' variables of the machine running the tests must not leak into a child that reads them.
        foreach (var name in new[] { "EVALUATE_SHARD_INDEX", "EVALUATE_SHARD_COUNT", "JOB_COMPLETION_INDEX", "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_COUNT", "SLURM_ARRAY_TASK_MIN", "SLURM_ARRAY_TASK_MAX" })
            info.Environment.Remove(name);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        return Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(workingDirectory, environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
