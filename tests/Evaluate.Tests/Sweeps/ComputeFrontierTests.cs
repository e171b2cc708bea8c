using Evaluate.Core.Metrics;
using Evaluate.Core.Running;
using Evaluate.Reports.Frontier;

namespace Evaluate.Tests.Sweeps;

/// <summary>The compute frontier and its compute-optimal marks on hand tables (Snell et al. 2024: best accuracy at equal budget, ties to fewer tokens).</summary>
public sealed class ComputeFrontierTests
{
    [Test]
    public void At_each_budget_the_most_accurate_strategy_is_optimal_and_a_tie_goes_to_fewer_tokens()
    {
        FrontierPoint[] table =
        [
            new("greedy", 64, 0.20, 60), new("greedy", 128, 0.50, 110), new("greedy", 256, 0.70, 180),
            new("sample:n=4", 64, 0.30, 240), new("sample:n=4", 128, 0.50, 420), new("sample:n=4", 256, 0.90, 700),
            new("majority:n=4", 64, 0.30, 230), new("majority:n=4", 128, 0.40, 415), new("majority:n=4", 256, 0.85, 690),
        ];
        var marked = ComputeFrontier.MarkOptimal(table);
        Assert.That(marked.Where(p => p.Optimal).Select(p => (p.Budget, p.Strategy)), Is.EquivalentTo(new[]
        {
            (64, "majority:n=4"),   // 0.30 = sample's 0.30, with 230 < 240 tokens
            (128, "greedy"),        // 0.50 = sample's 0.50, with 110 < 420 tokens
            (256, "sample:n=4"),    // the highest accuracy, whatever it spent
        }));
        Assert.That(marked.Select(p => p with { Optimal = false }), Is.EqualTo(table), "nothing but the marks changes");
    }

    [Test]
    public void The_frontier_reads_thinking_tokens_per_answered_problem_from_the_summary_reasoning_first()
    {
        var summary = Summary(
            Cell("greedy:max_tokens=64,n=1,temperature=0", 64, "greedy:n=1,temperature=0", accuracy: 0.25, problems: 4, errors: 0, samples: 4, reasoning: 50, completion: 60),
            Cell("greedy:max_tokens=128,n=1,temperature=0", 128, "greedy:n=1,temperature=0", accuracy: 0.5, problems: 4, errors: 0, samples: 4, reasoning: 90, completion: 100),
            // One problem errored: 3 answered, 12 samples of 40 reasoning tokens = 160 per answered problem.
            Cell("sample:max_tokens=64,n=4", 64, "sample:n=4", accuracy: 0.25, problems: 4, errors: 1, samples: 12, reasoning: 40, completion: 55),
            Cell("sample:max_tokens=128,n=4", 128, "sample:n=4", accuracy: 0.75, problems: 4, errors: 0, samples: 16, reasoning: 80, completion: 95));
        var panel = ComputeFrontier.Of(summary).Single();
        Assert.That(panel.Measure, Is.EqualTo(ThinkingMeasure.Reasoning));
        Assert.That(panel.Points.Select(p => (p.Strategy, p.Budget, p.ThinkingTokens, p.Optimal)), Is.EqualTo(new[]
        {
            ("greedy:n=1,temperature=0", 64, 50.0, true), ("greedy:n=1,temperature=0", 128, 90.0, false),
            ("sample:n=4", 64, 160.0, false), ("sample:n=4", 128, 320.0, true),
        }));
        Assert.That(FrontierTable.Rows(panel).Select(r => string.Join(" ", r)), Is.EqualTo(new[]
        {
            "64 greedy:n=1,temperature=0 0.250 50 ★", "64 sample:n=4 0.250 160 ",
            "128 greedy:n=1,temperature=0 0.500 90 ", "128 sample:n=4 0.750 320 ★",
        }));
        Assert.That(FrontierTable.Headers(panel), Does.Contain("reasoning tokens / problem"));
    }

    [Test]
    public void Without_reasoning_tokens_the_frontier_counts_completion_tokens_and_says_so()
    {
        var summary = Summary(
            Cell("greedy:max_tokens=64,n=1,temperature=0", 64, "greedy", accuracy: 0.25, problems: 2, errors: 0, samples: 2, reasoning: 0, completion: 60),
            Cell("greedy:max_tokens=128,n=1,temperature=0", 128, "greedy", accuracy: 0.5, problems: 2, errors: 0, samples: 2, reasoning: 0, completion: 100));
        var panel = ComputeFrontier.Of(summary).Single();
        Assert.That(panel.Measure, Is.EqualTo(ThinkingMeasure.Completion));
        Assert.That(panel.Points.Select(p => p.ThinkingTokens), Is.EqualTo(new[] { 60.0, 100.0 }));
        Assert.That(panel.TokensLabel, Does.Contain("completion tokens").And.Contain("no reasoning tokens reported"));
        Assert.That(ComputeFrontier.Of(Summary(Cell("greedy", null, "", 0.5, 2, 0, 2, 10, 10))), Is.Empty, "a run without budgets has no frontier");
    }

    private static RunSummary Summary(params CellSummary[] cells) =>
        new(RunSummary.SchemaName, true, null!, cells);

    private static CellSummary Cell(string strategy, int? budget, string bare, double accuracy, int problems, int errors, int samples, double reasoning, double completion) =>
        new("sim", "sim (simulated)", "game24", strategy, true,
            new OrderedDictionary<string, object?>
            {
                ["problems"] = problems, ["errors"] = errors, ["samples"] = samples, ["accuracy"] = accuracy,
                ["mean_completion_tokens"] = completion, ["mean_reasoning_tokens"] = reasoning,
            }, [], [])
        { Budget = budget is { } b ? new CellBudget(b, "max_tokens", bare) : null };
}
