using System.Text.Json;
using Evaluate.Composition;
using Evaluate.Core;
using Evaluate.Core.Components;
using Evaluate.Core.Running;
using Evaluate.Core.Strategies;
using Evaluate.Core.Strategies.Budgets;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Sweeps;

/// <summary>
/// A budget sweep expands strategies × budgets into cells: a strategy with a budget option gets the budget there
/// (the test-only think-cap's max_thinking, as budget-forcing will), every other one as its per-call max_tokens; every
/// cell records its budget in its key, the manifest, summary.json and the fingerprint.
/// </summary>
public sealed class BudgetSweepTests
{
    private static readonly int[] Budgets = [32, 256];

    [Test]
    public void Strategies_times_budgets_give_one_spec_each_with_the_budget_where_the_strategy_declares_it()
    {
        var registry = ThinkCapStrategy.Registered().Strategies;
        var specs = new[] { "greedy", "sample:n=4", "think-cap" }.Select(ComponentSpec.Parse).ToList();
        var expanded = BudgetSweep.Expand(specs, Budgets, registry);
        Assert.That(expanded.Select(e => $"{e.Spec} @{e.Budget} {e.Sets}"), Is.EqualTo(new[]
        {
            "greedy @32 max_tokens", "greedy @256 max_tokens",
            "sample:n=4 @32 max_tokens", "sample:n=4 @256 max_tokens",
            "think-cap:max_thinking=32 @32 max_thinking", "think-cap:max_thinking=256 @256 max_thinking",
        }));
        Assert.That(BudgetSweep.Expand(specs, null, registry).Select(e => (e.Spec.ToString(), e.Budget)),
            Is.EqualTo(new[] { ("greedy", (int?)null), ("sample:n=4", null), ("think-cap", null) }), "no budgets: each strategy once, as written");
    }

    [Test]
    public void A_spec_that_sets_the_budget_option_itself_is_refused_naming_it()
    {
        var registry = ThinkCapStrategy.Registered().Strategies;
        var error = Assert.Throws<UsageException>(() => BudgetSweep.Expand([ComponentSpec.Parse("think-cap:max_thinking=64")], Budgets, registry))!;
        Assert.That(error.Message, Does.Contain("think-cap:max_thinking=64").And.Contain("sets max_thinking"));
    }

    [Test]
    public async Task A_sweep_runs_every_strategy_at_every_budget_and_records_the_budget_in_every_cell()
    {
        var output = TestRuns.NewDirectory();
        var (code, stdout, error) = await InProcessCli.RunAsync(ThinkCapStrategy.Registered(), "run", "--suite", "probes", "--strategy", "greedy",
            "--strategy", "think-cap:run=sweep-cells", "--budgets", "32,256", "--max-tokens", "1000", "--limit", "6", "--out", output);
        Assert.That(code, Is.Zero, error);

        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "summary.json")));
        var cells = summary.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.That(cells.Select(c => c.GetProperty("strategy").GetString()), Is.EqualTo(new[]
        {
            "greedy:max_tokens=32,n=1,temperature=0", "greedy:max_tokens=256,n=1,temperature=0", "think-cap:max_thinking=32", "think-cap:max_thinking=256",
        }));
        Assert.That(cells.Select(c => (c.GetProperty("budget").GetProperty("tokens").GetInt32(), c.GetProperty("budget").GetProperty("sets").GetString(),
            c.GetProperty("budget").GetProperty("strategy").GetString())), Is.EqualTo(new[]
        {
            (32, "max_tokens", "greedy:n=1,temperature=0"), (256, "max_tokens", "greedy:n=1,temperature=0"),
            (32, "max_thinking", "think-cap"), (256, "max_thinking", "think-cap"),
        }));
        var manifest = summary.RootElement.GetProperty("manifest");
        Assert.That(manifest.GetProperty("plan").GetProperty("budgets").EnumerateArray().Select(b => b.GetInt32()), Is.EqualTo(Budgets));
        Assert.That(manifest.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("budget").GetProperty("tokens").GetInt32()), Is.EqualTo(new[] { 32, 256, 32, 256 }));
        Assert.That(manifest.GetProperty("identity").GetProperty("cell 1").GetString(), Does.Contain("budget 32 (max_tokens)"));

        // A max_tokens budget caps every call: no greedy sample at 32 is longer; a budget option leaves max_tokens alone.
        var greedy32 = cells[0].GetProperty("metrics");
        Assert.That(greedy32.GetProperty("p90_completion_tokens").GetDouble(), Is.LessThanOrEqualTo(32));
        Assert.That(greedy32.GetProperty("truncated_share").GetDouble(), Is.GreaterThan(0), "32 tokens cut the sim's answers");
        var seen = ThinkCapStrategy.Seen.Where(s => s.Run == "sweep-cells").ToList();
        Assert.That(seen.Select(s => s.MaxThinking).Distinct().Order(), Is.EqualTo(Budgets));
        Assert.That(seen.Select(s => s.MaxTokens).Distinct(), Is.EqualTo(new[] { 1000 }), "the plan's max_tokens, untouched");
        Assert.That(stdout, Does.Contain("compute frontier: probes"), "the terminal prints the frontier table after a sweep");
    }

    [Test]
    public void A_strategy_whose_name_leaves_out_its_budget_option_still_gets_one_cell_per_budget()
    {
        var registries = ThinkCapStrategy.Registered();
        // Its descriptor does not name max_thinking: without the sweep's decorator its budgets would share one key.
        registries.Strategies.Register<ThinkCapStrategy.Options>("quiet-cap", "test only: names no parameter", (o, _) => new QuietStrategy());
        var built = BudgetSweep.Expand([ComponentSpec.Parse("quiet-cap")], Budgets, registries.Strategies)
            .Select(s => s.Create(registries.Strategies, new ComponentContext())).ToList();
        Assert.That(built.Select(b => b.Strategy.Descriptor.ToString()), Is.EqualTo(new[] { "quiet-cap:max_thinking=32", "quiet-cap:max_thinking=256" }));
        Assert.That(built.Select(b => b.Budget), Is.EqualTo(new[] { new CellBudget(32, "max_thinking", "quiet-cap"), new CellBudget(256, "max_thinking", "quiet-cap") }));
    }

    [Test]
    public async Task Shards_of_a_sweep_merge_into_the_whole_sweep_with_its_budgets()
    {
        var root = TestRuns.NewDirectory();
        string[] args = ["run", "--suite", "probes", "--strategy", "greedy", "--strategy", "sample:n=2", "--budgets", "64,256", "--limit", "6"];
        var whole = await InProcessCli.RunAsync([.. args, "--out", Path.Combine(root, "whole")]);
        Assert.That(whole.ExitCode, Is.Zero, whole.Error);
        foreach (var shard in new[] { "0/2", "1/2" })
        {
            var part = await InProcessCli.RunAsync([.. args, "--shard", shard, "--out", Path.Combine(root, "shard" + shard[0])]);
            Assert.That(part.ExitCode, Is.Zero, part.Error);
        }
        var merged = await InProcessCli.RunAsync("merge", Path.Combine(root, "shard0"), Path.Combine(root, "shard1"), "--out", Path.Combine(root, "merged"));
        Assert.That(merged.ExitCode, Is.Zero, merged.Error);
        static string Cells(string directory)
        {
            using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "summary.json")));
            return string.Join("\n", summary.RootElement.GetProperty("results").EnumerateArray().Select(c =>
                $"{c.GetProperty("strategy")} {c.GetProperty("budget").GetProperty("tokens")} {c.GetProperty("budget").GetProperty("strategy")} {c.GetProperty("metrics").GetProperty("accuracy")} {c.GetProperty("metrics").GetProperty("mean_completion_tokens")}"));
        }
        Assert.That(Cells(Path.Combine(root, "merged")), Is.EqualTo(Cells(Path.Combine(root, "whole"))));
        Assert.That(Cells(Path.Combine(root, "whole")).Split('\n'), Has.Length.EqualTo(4));
    }

    private sealed class QuietStrategy : IStrategy
    {
        public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("quiet-cap", "quiet");

        public Task<StrategyOutcome> SolveAsync(SolveContext context, CancellationToken cancellationToken) => throw new NotSupportedException("never run");
    }

    [Test]
    public async Task A_resumed_sweep_keeps_its_budgets_and_a_changed_one_is_refused_naming_the_cell()
    {
        var output = TestRuns.NewDirectory();
        string[] args = ["run", "--suite", "probes", "--strategy", "greedy", "--budgets", "32,256", "--limit", "4", "--out", output];
        var first = await InProcessCli.RunAsync(args);
        Assert.That(first.ExitCode, Is.Zero, first.Error);
        var resumed = await InProcessCli.RunAsync([.. args, "--resume"]);
        Assert.That(resumed.ExitCode, Is.Zero, resumed.Error);
        var changed = await InProcessCli.RunAsync(["run", "--suite", "probes", "--strategy", "greedy", "--budgets", "32,512", "--limit", "4", "--out", output, "--resume"]);
        Assert.That(changed.ExitCode, Is.EqualTo(2), changed.Error);
        Assert.That(changed.Error, Does.Contain("max_tokens=256").And.Contain("max_tokens=512"));
    }
}
