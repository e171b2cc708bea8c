namespace Evaluate.Tests.Docs;

/// <summary>Writes the text of a generated doc region from what commands print or write now.</summary>
public interface IDocGenerator
{
    Task<string> GenerateAsync();
}

/// <summary>
/// The generators of the docs' generated regions, by the NAME in <c>&lt;!-- generated:NAME --&gt;</c>. The docs
/// test fails when a region differs from what its generator writes now; `./run.sh docs-gen` rewrites the regions.
/// </summary>
public static class DocGenerators
{
    private static readonly StrategyTableGenerator.Column[] CostColumns =
    [
        StrategyTableGenerator.Metric("Accuracy", "accuracy", "0.00"),
        StrategyTableGenerator.Metric("Calls / problem", "mean_model_calls_per_problem", "0.0"),
        StrategyTableGenerator.Metric("Tokens / problem", "mean_tokens_per_problem", "0"),
        StrategyTableGenerator.Metric("Reward calls / problem", "mean_reward_calls_per_problem", "0.0"),
    ];

    public static IReadOnlyDictionary<string, IDocGenerator> All { get; } = new Dictionary<string, IDocGenerator>(StringComparer.Ordinal)
    {
        // docs/strategies.md: every strategy on the same 50 puzzles, without a budget and at 3000 tokens per problem.
        ["strategy-table"] = new StrategyTableGenerator(
        [
            new(["--suite", "game24", "--limit", "50", "--seed", "1234", "--reward", "sim:d=2"],
                ["greedy", "majority:n=8", "early-stop:n=16", "best-of-n:n=8", "weighted-majority:n=8", "adaptive:first=3,n=8",
                 "beam:beams=4,expand=4", "mcts:simulations=16", "tot-bfs:breadth=1", "tot-bfs:breadth=5", "tot-dfs:breadth=5"]),
            new(["--suite", "game24", "--limit", "50", "--seed", "1234", "--reward", "sim:d=2", "--max-tokens-per-problem", "3000"],
                ["majority:n=8", "best-of-n:n=8", "beam:beams=4,expand=4", "mcts:simulations=16", "tot-bfs:breadth=5"], Budget: "3000"),
        ], CostColumns),
        // README.md, "Comparing at equal compute": the README's command, as shown.
        ["equal-compute"] = new StrategyTableGenerator(
        [
            new(["--suite", "game24", "--reward", "sim", "--max-tokens-per-problem", "10000"],
                ["majority:n=8", "best-of-n:n=8", "beam", "mcts", "tot-bfs:breadth=5"]),
        ], CostColumns),
    };
}
