using System.Text.Json.Nodes;
using Evaluate.Core.Results;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Scale;

/// <summary>
/// merge refuses (exit 2, naming the shard, writing nothing) shard sets that would not give the one-machine result:
/// a missing, duplicated, unfinished shard, or one from another plan or dataset; --allow-partial merges what is there
/// and says the result is incomplete.
/// </summary>
public sealed class MergeRefusalTests
{
    private static async Task<(string Work, List<string> Shards)> ThreeShardsAsync()
    {
        var work = TestRuns.NewDirectory();
        var shards = new List<string>();
        for (var i = 0; i < 3; i++) shards.Add(await ShardedRuns.ShardAsync(work, i, 3));
        return (work, shards);
    }

    private static async Task<string> AssertRefusedAsync(string work, IEnumerable<string> shards, string named)
    {
        var target = Path.Combine(work, "merged");
        var (code, _, error) = await ShardedRuns.MergeAsync(target, shards);
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain(named));
        Assert.That(Directory.Exists(target), Is.False, "a refused merge writes nothing");
        return error;
    }

    [Test]
    public async Task A_missing_shard_is_refused_by_its_number()
    {
        var (work, shards) = await ThreeShardsAsync();
        var error = await AssertRefusedAsync(work, [shards[0], shards[2]], "1/3");
        Assert.That(error, Does.Contain("missing"));
    }

    [Test]
    public async Task A_shard_given_twice_is_refused_naming_both_directories()
    {
        var (work, shards) = await ThreeShardsAsync();
        var copy = Path.Combine(work, "copy-of-2");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(shards[2])) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        var error = await AssertRefusedAsync(work, [.. shards, copy], copy);
        Assert.That(error, Does.Contain("twice").And.Contain(shards[2]));
    }

    [Test]
    public async Task A_shard_of_another_plan_is_refused_naming_it_and_what_differs()
    {
        var (work, shards) = await ThreeShardsAsync();
        var other = Path.Combine(work, "other-seed");
        var (code, _, error) = await InProcessCli.RunAsync([.. ShardedRuns.Plan.Select(a => a == "7" ? "8" : a), "--shard", "1/3", "--out", other]);
        Assert.That(code, Is.EqualTo(0), error);
        error = await AssertRefusedAsync(work, [shards[0], other, shards[2]], other);
        Assert.That(error, Does.Contain("seed"));
    }

    [Test]
    public async Task A_shard_that_read_another_dataset_is_refused_naming_it()
    {
        var (work, shards) = await ThreeShardsAsync();
        // As a shard on a machine with other data would record it: the same file with another SHA-256.
        foreach (var (shard, sha) in new[] { (shards[0], "aaaa"), (shards[1], "bbbb") })
        {
            var path = new Core.Running.ResultFiles(shard).Manifest;
            var json = JsonNode.Parse(File.ReadAllText(path))!;
            json["manifest"]!["datasets"] = new JsonArray(new JsonObject { ["suite"] = "math", ["file"] = "math/test.jsonl", ["sha256"] = sha, ["rows"] = 10 });
            File.WriteAllText(path, json.ToJsonString());
        }
        var error = await AssertRefusedAsync(work, shards, shards[1]);
        Assert.That(error, Does.Contain("math/test.jsonl").And.Contain("bbbb"));
    }

    [Test]
    public async Task An_unfinished_shard_is_refused_and_allow_partial_merges_it_as_incomplete()
    {
        var (work, shards) = await ThreeShardsAsync();
        // As a killed shard leaves it: no summary, the last problem half written.
        var files = new Core.Running.ResultFiles(shards[1]);
        File.Delete(files.Summary);
        var lines = File.ReadAllLines(files.Problems);
        File.WriteAllText(files.Problems, string.Concat(lines.SkipLast(1).Select(l => l + "\n")) + lines[^1][..10]);
        var error = await AssertRefusedAsync(work, shards, shards[1]);
        Assert.That(error, Does.Contain("incomplete"));

        var partial = Path.Combine(work, "partial");
        var (code, output, stderr) = await ShardedRuns.MergeAsync(partial, shards, "--allow-partial");
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(output, Does.Contain("partial"));
        var merged = RunDirectory.Open(partial);
        Assert.That(merged.ReadSummary().Complete, Is.False);
        Assert.That(File.ReadAllText(files.Summary.Replace(shards[1], partial, StringComparison.Ordinal)), Does.Contain("\"complete\": false"));
        Assert.That(merged.Problems().Count(), Is.EqualTo(shards.Sum(s => File.ReadAllLines(Path.Combine(s, "problems.jsonl")).Length) - 1),
            "every finished problem is merged, the torn one is not");
    }

    [Test]
    public async Task Allow_partial_merges_a_set_with_a_shard_missing_as_incomplete()
    {
        var (work, shards) = await ThreeShardsAsync();
        var (code, _, error) = await ShardedRuns.MergeAsync(Path.Combine(work, "partial"), [shards[2], shards[0]], "--allow-partial");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(RunDirectory.Open(Path.Combine(work, "partial")).ReadSummary().Complete, Is.False);
    }

    [Test]
    public async Task A_run_made_without_shard_and_an_output_that_holds_results_are_refused()
    {
        var whole = await ShardedRuns.OneMachineAsync();
        var (work, shards) = await ThreeShardsAsync();
        await AssertRefusedAsync(work, [whole], "not a shard");
        var (code, _, error) = await ShardedRuns.MergeAsync(whole, shards);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("already holds results"));
    }

    [Test]
    public async Task Resuming_a_shard_directory_as_another_shard_is_refused()
    {
        var work = TestRuns.NewDirectory();
        var shard = await ShardedRuns.ShardAsync(work, 0, 3);
        var (code, _, error) = await InProcessCli.RunAsync([.. ShardedRuns.Plan, "--shard", "1/3", "--out", shard, "--resume"]);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("0/3").And.Contain("1/3"));
    }
}
