using Evaluate.Core;
using Evaluate.Core.Sharding;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Scale;

/// <summary>--shard auto reads each engine's variables; missing or inconsistent ones are usage errors (exit 2).</summary>
public sealed class ShardEnvironmentTests
{
    private static Shard Resolve(int? countFlag, params (string Name, string Value)[] variables) =>
        ShardEnvironment.Resolve(variables.ToDictionary(v => v.Name, v => (string?)v.Value), countFlag);

    [Test]
    public void Each_engine_gives_its_shard()
    {
        Assert.That(Resolve(null, ("EVALUATE_SHARD_INDEX", "2"), ("EVALUATE_SHARD_COUNT", "5")), Is.EqualTo(new Shard(2, 5)), "GitHub Actions matrix");
        Assert.That(Resolve(4, ("JOB_COMPLETION_INDEX", "3")), Is.EqualTo(new Shard(3, 4)), "Kubernetes Indexed Job with --shard-count");
        Assert.That(Resolve(null, ("JOB_COMPLETION_INDEX", "0"), ("EVALUATE_SHARD_COUNT", "2")), Is.EqualTo(new Shard(0, 2)), "Kubernetes with the count in the pod's env");
        Assert.That(Resolve(null, ("SLURM_ARRAY_TASK_ID", "6"), ("SLURM_ARRAY_TASK_COUNT", "8")), Is.EqualTo(new Shard(6, 8)), "SLURM --array=0-7");
        Assert.That(Resolve(null, ("SLURM_ARRAY_TASK_ID", "12"), ("SLURM_ARRAY_TASK_MIN", "10"), ("SLURM_ARRAY_TASK_MAX", "13")), Is.EqualTo(new Shard(2, 4)), "SLURM --array=10-13");
    }

    [TestCase("no variables at all", null, new string[0])]
    [TestCase("the shard count is unknown", null, new[] { "JOB_COMPLETION_INDEX", "1" })]
    [TestCase("disagrees", 3, new[] { "EVALUATE_SHARD_INDEX", "1", "EVALUATE_SHARD_COUNT", "4" })]
    [TestCase("must be 0 to 3", null, new[] { "EVALUATE_SHARD_INDEX", "4", "EVALUATE_SHARD_COUNT", "4" })]
    [TestCase("whole number", null, new[] { "EVALUATE_SHARD_INDEX", "one", "EVALUATE_SHARD_COUNT", "4" })]
    [TestCase("more than one engine", 2, new[] { "JOB_COMPLETION_INDEX", "1", "SLURM_ARRAY_TASK_ID", "1" })]
    [TestCase("stepped or sparse", null, new[] { "SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_COUNT", "3", "SLURM_ARRAY_TASK_MIN", "0", "SLURM_ARRAY_TASK_MAX", "4" })]
    [TestCase("set together", null, new[] { "SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_MIN", "0" })]
    public void Missing_or_inconsistent_variables_are_usage_errors(string message, int? countFlag, string[] pairs)
    {
        var variables = pairs.Chunk(2).Select(p => (p[0], p[1])).ToArray();
        Assert.That(() => Resolve(countFlag, variables), Throws.TypeOf<UsageException>().With.Message.Contains(message.Replace("no variables at all", "no shard variables", StringComparison.Ordinal)));
    }

    [TestCase("3/3")]
    [TestCase("-1/3")]
    [TestCase("1")]
    [TestCase("a/b")]
    [TestCase("0/0")]
    public async Task A_malformed_shard_flag_exits_2(string shard)
    {
        var (code, _, error) = await InProcessCli.RunAsync([.. ShardedRuns.Plan, "--shard", shard, "--out", TestRuns.NewDirectory()]);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("--shard"));
    }

    [Test, Category(TestCategories.Process)]
    public async Task Shard_auto_in_child_processes_under_each_engine_runs_the_shard_it_names()
    {
        var work = TestRuns.NewDirectory();
        var expected = await ShardedRuns.ShardAsync(work, 1, 3);
        var engines = new Dictionary<string, (Dictionary<string, string> Variables, string[] Extra)>
        {
            ["github"] = (new() { ["EVALUATE_SHARD_INDEX"] = "1", ["EVALUATE_SHARD_COUNT"] = "3" }, []),
            ["kubernetes"] = (new() { ["JOB_COMPLETION_INDEX"] = "1" }, ["--shard-count", "3"]),
            ["slurm"] = (new() { ["SLURM_ARRAY_TASK_ID"] = "5", ["SLURM_ARRAY_TASK_MIN"] = "4", ["SLURM_ARRAY_TASK_MAX"] = "6" }, []),
        };
        var runs = engines.Select(async engine =>
        {
            var directory = Path.Combine(work, engine.Key);
            var (code, _, error) = await ShardedRuns.RunAsync(work, engine.Value.Variables,
                [.. ShardedRuns.Plan, "--shard", "auto", .. engine.Value.Extra, "--out", directory, "--data", Path.Combine(work, "no-data")]);
            Assert.That(code, Is.EqualTo(0), $"{engine.Key}: {error}");
            Assert.That(File.ReadAllBytes(Path.Combine(directory, "problems.jsonl")), Is.EqualTo(File.ReadAllBytes(Path.Combine(expected, "problems.jsonl"))), engine.Key);
        });
        await Task.WhenAll(runs);
        var (missing, _, message) = await ShardedRuns.RunAsync(work, new Dictionary<string, string>(),
            [.. ShardedRuns.Plan, "--shard", "auto", "--out", Path.Combine(work, "none"), "--data", Path.Combine(work, "no-data")]);
        Assert.That(missing, Is.EqualTo(2), "no engine variables");
        Assert.That(message, Does.Contain("EVALUATE_SHARD_INDEX"));
    }
}

/// <summary>Endpoint lists are checked with the plan, before the first call.</summary>
public sealed class BaseUrlsValidationTests
{
    [TestCase("base_url: http://127.0.0.1:1/v1\nbase_urls: [http://127.0.0.1:2/v1, http://127.0.0.1:3/v1]", "both set")]
    [TestCase("base_urls: [http://127.0.0.1:2/v1, http://127.0.0.1:2/v1]", "twice")]
    [TestCase("base_urls: [http://127.0.0.1:2/v1, ftp://127.0.0.1:3/v1]", "http(s)")]
    public async Task A_plan_with_inconsistent_base_urls_exits_2(string keys, string message)
    {
        var work = TestRuns.NewDirectory();
        Directory.CreateDirectory(work);
        var plan = Path.Combine(work, "plan.yaml");
        File.WriteAllText(plan, "models: [openai]\nsuites: [game24]\nstrategies: [greedy]\n" + keys + "\n");
        var (code, _, error) = await InProcessCli.RunAsync("run", "--plan", plan, "--out", Path.Combine(work, "out"));
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain(message));
        Assert.That(Directory.Exists(Path.Combine(work, "out")), Is.False, "a refused run writes nothing");
    }
}
