using System.Diagnostics;
using Evaluate.Tests.Scale;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Traces;

/// <summary>
/// traces.jsonl is a journal like the others: written only with --traces (and then nothing else changes), cut back on
/// resume to the problems that finished, put back in order, and merged from shards into the bytes of a one-machine run.
/// </summary>
public sealed class TraceJournalTests
{
    private static readonly string[] Plan =
        ["run", "--suite", "game24", "--strategy", "tot-bfs:breadth=2", "--strategy", "beam:beams=2,expand=2", "--strategy", "sample:n=2",
         "--reward", "sim", "--limit", "16", "--seed", "3", "--traces"];

    private static readonly string[] Compared = ["traces.jsonl", "samples.jsonl", "problems.jsonl", "summary.json", "manifest.json"];

    private static async Task<string> UninterruptedAsync(string[]? plan = null)
    {
        var reference = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync([.. plan ?? Plan, "--out", reference, "--concurrency", "4"]);
        Assert.That(code, Is.EqualTo(0), error);
        return reference;
    }

    private static void AssertSameBytes(string expected, string actual)
    {
        foreach (var file in Compared)
            Assert.That(File.ReadAllBytes(Path.Combine(actual, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(expected, file))), file);
    }

    [Test]
    public async Task Without_the_flag_no_trace_is_written_and_with_it_samples_and_problems_keep_their_bytes()
    {
        var traced = await UninterruptedAsync();
        var plain = await UninterruptedAsync(Plan.Where(a => a != "--traces").ToArray());
        Assert.That(File.Exists(Path.Combine(plain, "traces.jsonl")), Is.False, "no traces.jsonl without --traces");
        Assert.That(File.ReadAllText(Path.Combine(plain, "manifest.json")), Does.Not.Contain("\"traces\""), "the manifest of a run without --traces keeps its bytes");
        foreach (var file in new[] { "samples.jsonl", "problems.jsonl" })
            Assert.That(File.ReadAllBytes(Path.Combine(traced, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(plain, file))), file);
        Assert.That(File.ReadAllLines(Path.Combine(traced, "traces.jsonl")), Has.Length.EqualTo(File.ReadAllLines(Path.Combine(traced, "problems.jsonl")).Length),
            "one trace per problem");
    }

    [Test]
    public async Task A_run_is_traced_the_same_at_any_concurrency()
    {
        var reference = await UninterruptedAsync();
        var serial = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync([.. Plan, "--out", serial, "--concurrency", "1"]);
        Assert.That(code, Is.EqualTo(0), error);
        AssertSameBytes(reference, serial);
    }

    [TestCase(1)]
    [TestCase(2)]
    public async Task Torn_trace_and_journal_tails_are_dropped_and_the_resumed_run_writes_the_traces_of_an_uninterrupted_one(int seed)
    {
        var reference = await UninterruptedAsync();
        var work = TestRuns.NewDirectory();
        Assert.That((await InProcessCli.RunAsync([.. Plan, "--out", work])).ExitCode, Is.EqualTo(0));
        // As a kill mid-write leaves them: the last problems gone, half a line at the end of each journal.
        TornJournals.Tear(work, seed, "traces.jsonl", "samples.jsonl", "problems.jsonl", "timings.jsonl");
        File.Delete(Path.Combine(work, "summary.json"));

        var (code, _, error) = await InProcessCli.RunAsync([.. Plan, "--out", work, "--resume", "--concurrency", "3"]);
        Assert.That(code, Is.EqualTo(0), error);
        AssertSameBytes(reference, work);
    }

    [Test]
    public async Task A_trace_without_its_problem_line_is_dropped_on_resume_and_written_once()
    {
        var reference = await UninterruptedAsync();
        var work = TestRuns.NewDirectory();
        Assert.That((await InProcessCli.RunAsync([.. Plan, "--out", work])).ExitCode, Is.EqualTo(0));
        // A kill between a problem's trace and its problems.jsonl line: the trace is whole, the problem is not done.
        foreach (var journal in new[] { "problems.jsonl", "timings.jsonl" })
        {
            var path = Path.Combine(work, journal);
            var lines = File.ReadAllLines(path);
            File.WriteAllText(path, string.Join("", lines.Take(lines.Length - 3).Select(l => l + "\n")));
        }
        var (code, _, error) = await InProcessCli.RunAsync([.. Plan, "--out", work, "--resume"]);
        Assert.That(code, Is.EqualTo(0), error);
        AssertSameBytes(reference, work);
    }

    [Test]
    public async Task Resuming_a_traced_run_without_the_flag_is_refused_and_changes_nothing()
    {
        var work = TestRuns.NewDirectory();
        Assert.That((await InProcessCli.RunAsync([.. Plan, "--out", work])).ExitCode, Is.EqualTo(0));
        var before = File.ReadAllBytes(Path.Combine(work, "traces.jsonl"));
        var (code, _, error) = await InProcessCli.RunAsync([.. Plan.Where(a => a != "--traces"), "--out", work, "--resume"]);
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain("traces"));
        Assert.That(File.ReadAllBytes(Path.Combine(work, "traces.jsonl")), Is.EqualTo(before));
    }

    [TestCase(2)]
    [TestCase(5)]
    public async Task Shards_merged_write_the_traces_of_a_one_machine_run(int count)
    {
        var reference = await UninterruptedAsync();
        var work = TestRuns.NewDirectory();
        var shards = new List<string>();
        for (var i = 0; i < count; i++) shards.Add(await ShardedRuns.ShardAsync(Plan, work, i, count, "--concurrency", (1 + i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(shards.Count(s => File.ReadAllLines(Path.Combine(s, "traces.jsonl")).Length > 0), Is.GreaterThan(1), "more than one shard traced problems");
        shards.Reverse();
        var merged = Path.Combine(work, "merged");
        var (code, _, error) = await ShardedRuns.MergeAsync(merged, shards);
        Assert.That(code, Is.EqualTo(0), error);
        AssertSameBytes(reference, merged);
    }

    [Test]
    public async Task Shards_without_traces_merge_without_a_traces_file()
    {
        var work = TestRuns.NewDirectory();
        var plain = Plan.Where(a => a != "--traces").ToArray();
        var shards = new List<string>();
        for (var i = 0; i < 2; i++) shards.Add(await ShardedRuns.ShardAsync(plain, work, i, 2));
        var merged = Path.Combine(work, "merged");
        var (code, _, error) = await ShardedRuns.MergeAsync(merged, shards);
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(File.Exists(Path.Combine(merged, "problems.jsonl")), Is.True);
        Assert.That(File.Exists(Path.Combine(merged, "traces.jsonl")), Is.False);
    }

    /// <summary>
    /// SIGKILL once traces.jsonl holds a given number of lines (kill points bound by work done, not by time), then
    /// resume: after several rounds the directory holds an uninterrupted run's bytes.
    /// </summary>
    [Test, Category(TestCategories.Process)]
    public async Task Killed_with_sigkill_while_tracing_and_resumed_the_traces_equal_an_uninterrupted_run()
    {
        string[] plan = [.. Plan.Select(a => a == "16" ? "40" : a)];
        var reference = await UninterruptedAsync(plan);
        var total = File.ReadAllLines(Path.Combine(reference, "traces.jsonl")).Length;
        var work = TestRuns.NewDirectory();
        var output = Path.Combine(work, "out");
        var traces = Path.Combine(output, "traces.jsonl");
        var kills = 0;
        foreach (var killAt in new[] { total / 6, total / 3, total / 2, 2 * total / 3 })
        {
            using var process = CliProcess.Start(work, [.. plan, "--out", output, "--concurrency", "4", "--data", Path.Combine(work, "no-data"), .. kills == 0 && !Directory.Exists(output) ? Array.Empty<string>() : ["--resume"]]);
            if (WaitForLines(process, traces, killAt))
            {
                process.Kill(entireProcessTree: true); // SIGKILL: no handler runs, writes stop wherever they are
                await process.WaitForExitAsync();
                kills++;
            }
        }
        var (code, _, error) = await CliProcess.RunAsync(work, [.. plan, "--out", output, "--concurrency", "2", "--resume", "--data", Path.Combine(work, "no-data")]);
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(kills, Is.GreaterThan(0), "the run was killed at least once");
        AssertSameBytes(reference, output);
    }

    /// <summary>True once <paramref name="path"/> has at least <paramref name="lines"/> newlines; false if the process ended first.</summary>
    private static bool WaitForLines(Process process, string path, int lines)
    {
        while (!process.HasExited)
        {
            if (CountNewlines(path) >= lines) return true;
            Thread.Sleep(5);
        }
        return false;
    }

    private static int CountNewlines(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var count = 0;
            var buffer = new byte[1 << 16];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0) count += buffer.AsSpan(0, read).Count((byte)'\n');
            return count;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
