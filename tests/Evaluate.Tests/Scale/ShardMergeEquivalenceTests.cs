using System.Globalization;
using Evaluate.Core.Results;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Scale;

/// <summary>
/// Shards run as separate processes and merged give the bytes of a one-machine run, whatever the number of shards,
/// the order they are merged in, their concurrency, or a SIGKILL and resume in the middle of one.
/// </summary>
public sealed class ShardMergeEquivalenceTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [TestCase(2)]
    [TestCase(3)]
    [TestCase(7)]
    [Category(TestCategories.Process)]
    public async Task Shard_processes_merged_equal_a_one_machine_run(int count)
    {
        var reference = await ShardedRuns.OneMachineAsync();
        var work = TestRuns.NewDirectory();
        var random = new Random(count);
        var runs = Enumerable.Range(0, count).Select(async i =>
        {
            var directory = Path.Combine(work, $"shard-{i}");
            var concurrency = (1 + random.Next(6)).ToString(CultureInfo.InvariantCulture);
            var result = await ShardedRuns.RunAsync(work, NoEnvironment,
                [.. ShardedRuns.Plan, "--shard", $"{i}/{count}", "--out", directory, "--concurrency", concurrency, "--data", Path.Combine(work, "no-data")]);
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
            return directory;
        }).ToList();
        var shards = await Task.WhenAll(runs);
        Assert.That(shards.Select(s => File.ReadAllLines(Path.Combine(s, "problems.jsonl")).Length).Sum(),
            Is.EqualTo(File.ReadAllLines(Path.Combine(reference, "problems.jsonl")).Length), "the shards share the problems out");
        Assert.That(shards.Count(s => File.ReadAllLines(Path.Combine(s, "problems.jsonl")).Length > 0), Is.GreaterThan(1), "more than one shard has work");

        var merged = Path.Combine(work, "merged");
        var shuffled = shards.OrderBy(_ => random.Next()).ToList();
        var (code, _, error) = await ShardedRuns.MergeAsync(merged, shuffled);
        Assert.That(code, Is.EqualTo(0), error);
        ShardedRuns.AssertSameBytes(reference, merged);
        Assert.That(RunDirectory.Open(merged).ReadSummary().Complete, Is.True);
    }

    [Test]
    public async Task A_single_shard_of_one_equals_the_run_and_shards_at_other_concurrency_merge_in_reverse_order_to_the_same_bytes()
    {
        var reference = await ShardedRuns.OneMachineAsync(concurrency: 1);
        var work = TestRuns.NewDirectory();
        var single = await ShardedRuns.ShardAsync(work, 0, 1);
        var (code, _, error) = await ShardedRuns.MergeAsync(Path.Combine(work, "single"), [single]);
        Assert.That(code, Is.EqualTo(0), error);
        ShardedRuns.AssertSameBytes(reference, Path.Combine(work, "single"));

        var shards = new List<string>();
        for (var i = 0; i < 4; i++) shards.Add(await ShardedRuns.ShardAsync(work, i, 4, "--concurrency", (8 - i).ToString(CultureInfo.InvariantCulture)));
        shards.Reverse();
        (code, _, error) = await ShardedRuns.MergeAsync(Path.Combine(work, "merged"), shards);
        Assert.That(code, Is.EqualTo(0), error);
        ShardedRuns.AssertSameBytes(reference, Path.Combine(work, "merged"));
    }

    [Test]
    public async Task A_shard_records_its_shard_and_the_fingerprint_of_the_whole_run()
    {
        var reference = RunDirectory.Open(await ShardedRuns.OneMachineAsync()).ReadManifest();
        var shard = RunDirectory.Open(await ShardedRuns.ShardAsync(TestRuns.NewDirectory(), 1, 3)).ReadManifest();
        Assert.That(shard.Shard, Is.EqualTo(new Core.Sharding.Shard(1, 3)));
        Assert.That(reference.Shard, Is.Null);
        Assert.That(shard.Fingerprint, Is.EqualTo(reference.Fingerprint), "the shard is not part of the run's identity");
        Assert.That(shard.Cells.Select(c => c.Problems), Is.EqualTo(reference.Cells.Select(c => c.Problems)), "cells count the whole selection");
    }

    [Test, Category(TestCategories.Process)]
    public async Task A_shard_killed_with_sigkill_and_resumed_merges_to_the_same_bytes()
    {
        var plan = ShardedRuns.LargerPlan;
        var reference = await ShardedRuns.OneMachineAsync(plan: plan);
        var work = TestRuns.NewDirectory();
        var others = new[] { await ShardedRuns.ShardAsync(plan, work, 0, 3), await ShardedRuns.ShardAsync(plan, work, 2, 3) };
        var killed = Path.Combine(work, "killed");
        string[] args = [.. plan, "--shard", "1/3", "--out", killed, "--concurrency", "1", "--data", Path.Combine(work, "no-data")];
        var kills = 0;
        for (var round = 0; round < 6 && kills == 0; round++)
        {
            using var process = ShardedRuns.Start(work, NoEnvironment, [.. args, .. round == 0 ? Array.Empty<string>() : ["--resume"]]);
            // Killed as soon as it has written a problem: mid-run, with more to do.
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!process.HasExited && DateTime.UtcNow < deadline && !HasAProblem(killed)) await Task.Delay(5);
            if (process.HasExited) continue;
            process.Kill(entireProcessTree: true); // SIGKILL: no handler runs
            await process.WaitForExitAsync();
            kills++;
        }
        Assert.That(kills, Is.EqualTo(1), "the shard was killed mid-run");
        Assert.That(RunDirectory.Open(killed).ReadComplete(), Is.False, "a killed shard is incomplete");
        var refused = await ShardedRuns.MergeAsync(Path.Combine(work, "refused"), [.. others, killed]);
        Assert.That(refused.ExitCode, Is.EqualTo(2), "an unfinished shard is not merged");

        var (code, _, error) = await ShardedRuns.RunAsync(work, NoEnvironment, [.. args, "--resume"]);
        Assert.That(code, Is.EqualTo(0), error);
        (code, _, error) = await ShardedRuns.MergeAsync(Path.Combine(work, "merged"), [killed, .. others]);
        Assert.That(code, Is.EqualTo(0), error);
        ShardedRuns.AssertSameBytes(reference, Path.Combine(work, "merged"));
    }

    private static bool HasAProblem(string directory)
    {
        var path = Path.Combine(directory, "problems.jsonl");
        try { return File.Exists(path) && new FileInfo(path).Length > 0; }
        catch (IOException) { return false; }
    }
}
