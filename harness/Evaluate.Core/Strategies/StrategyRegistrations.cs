using Evaluate.Core.Components;
using Evaluate.Core.Search;

namespace Evaluate.Core.Strategies;

/// <summary>
/// The built-in strategies, each registered once with its parameters (<c>greedy</c>, <c>sample:n=8,temperature=0.8</c>,
/// <c>beam:beams=4,expand=4</c>). n and temperature fall back to the plan's <c>n</c> and <c>temperature</c> when a
/// spec does not set them.
/// </summary>
public static class StrategyRegistrations
{
    private static readonly ComponentParameter N8 = ComponentParameter.WholeNumber("n", "8", "samples per problem (default: the plan's n, else 8)");
    private static readonly ComponentParameter Temperature = ComponentParameter.Number("temperature", "0.8", "sampling temperature (default: the plan's temperature, else 0.8)");

    public static ComponentRegistry<IStrategy> Create()
    {
        var registry = new ComponentRegistry<IStrategy>("strategy");
        registry
            .Register(new("greedy", "one answer at temperature 0", [], (_, _) => new GreedyStrategy(), "greedy"))
            .Register(new("sample", "n independent samples; the score is the share of correct samples",
                [N8, Temperature, ComponentParameter.Number("top_p", "1", "nucleus sampling mass")],
                (s, c) => new SampleStrategy(N(s, c, 8), Temp(s, c), s.GetDouble("top_p", 1.0)), "sample:n=8,temperature=0.6"))
            .Register(new("majority", "self-consistency: majority vote over n samples", [N8, Temperature],
                (s, c) => new MajorityStrategy(N(s, c, 8), Temp(s, c))))
            .Register(new("early-stop", "majority vote that stops sampling once the leader cannot be overtaken",
                [ComponentParameter.WholeNumber("n", "16", "most samples per problem"), Temperature,
                 ComponentParameter.WholeNumber("batch", "4", "samples drawn per round"),
                 ComponentParameter.Number("confidence", null, "stop when the leader's share reaches this, in (0, 1]")],
                (s, c) =>
                {
                    var confidence = s.Get("confidence") is null ? (double?)null : s.GetDouble("confidence", 1);
                    if (confidence is <= 0 or > 1) throw new UsageException($"early-stop: confidence must be in (0, 1], got {confidence}");
                    return new EarlyStopMajorityStrategy(N(s, c, 16), Temp(s, c), AtLeast(s, "batch", 4, 1), confidence);
                }))
            .Register(new("best-of-n", "n samples; the reward model's top-scored one", [N8, Temperature],
                (s, c) => new BestOfNStrategy(N(s, c, 8), Temp(s, c))))
            .Register(new("weighted-majority", "n samples; vote weighted by reward-model score", [N8, Temperature],
                (s, c) => new WeightedMajorityStrategy(N(s, c, 8), Temp(s, c))))
            .Register(new("beam", "step-level beam search scored by a process reward model",
                [ComponentParameter.WholeNumber("beams", "4", "beams kept per step"), ComponentParameter.WholeNumber("expand", "4", "continuations per beam"),
                 ComponentParameter.WholeNumber("depth", "8", "most steps"), ComponentParameter.Choice("aggregate", "min", "how step scores combine", "last", "min", "product"),
                 Temperature],
                (s, c) => new BeamSearchStrategy(AtLeast(s, "beams", 4, 1), AtLeast(s, "expand", 4, 1), AtLeast(s, "depth", 8, 1),
                    StepAggregations.Parse(s.Get("aggregate") ?? "min"), Temp(s, c)), "beam:beams=4,expand=4"))
            .Register(new("tot-bfs", "Tree of Thoughts, breadth-first (Game of 24 protocol)",
                [ComponentParameter.WholeNumber("breadth", "5", "states kept per level"), ComponentParameter.WholeNumber("value_samples", "3", "value prompts per state"),
                 ComponentParameter.Number("temperature", "0.7", "sampling temperature")],
                (s, _) => new TreeOfThoughtsStrategy(false, AtLeast(s, "breadth", 5, 1), AtLeast(s, "value_samples", 3, 1), s.GetDouble("temperature", 0.7))))
            .Register(new("tot-dfs", "Tree of Thoughts, depth-first with pruning",
                [ComponentParameter.WholeNumber("breadth", "5", "children tried per state"), ComponentParameter.WholeNumber("value_samples", "3", "value prompts per state"),
                 ComponentParameter.Number("temperature", "0.7", "sampling temperature"), ComponentParameter.Number("prune", "1", "prune states valued below this"),
                 ComponentParameter.Number("accept", "20", "accept a state valued at least this"), ComponentParameter.WholeNumber("max_states", "100", "most states visited")],
                (s, _) => new TreeOfThoughtsStrategy(true, AtLeast(s, "breadth", 5, 1), AtLeast(s, "value_samples", 3, 1), s.GetDouble("temperature", 0.7),
                    s.GetDouble("prune", 1), s.GetDouble("accept", 20), AtLeast(s, "max_states", 100, 1))))
            .Register(new("mcts", "Monte Carlo tree search over reasoning steps (UCB1 or PUCT)",
                [ComponentParameter.WholeNumber("simulations", "16", "selection-expansion-rollout rounds"), ComponentParameter.WholeNumber("expand", "3", "children per expansion"),
                 ComponentParameter.WholeNumber("depth", "8", "most steps"), ComponentParameter.Number("c", "1.414", "exploration constant"),
                 ComponentParameter.Choice("select", "ucb1", "selection rule", "ucb1", "puct"), Temperature,
                 ComponentParameter.WholeNumber("tokens", null, "search budget in tokens instead of simulations")],
                (s, c) =>
                {
                    long? tokens = s.Get("tokens") is null ? null : AtLeast(s, "tokens", 1, 1);
                    return new MctsStrategy(AtLeast(s, "simulations", 16, 1), AtLeast(s, "expand", 3, 1), AtLeast(s, "depth", 8, 1),
                        s.GetDouble("c", Math.Sqrt(2)), (s.Get("select") ?? "ucb1") == "puct", Temp(s, c), tokens);
                }))
            .Register(new("adaptive", "a few samples first; escalate to more (or another strategy) when they disagree",
                [ComponentParameter.WholeNumber("first", "3", "samples of the fast path"), N8,
                 ComponentParameter.Number("agree", "1", "share of the largest answer class that keeps the fast answer"), Temperature,
                 ComponentParameter.Text("escalate", "majority", "strategy to escalate to (by name, default parameters)")],
                (s, c) =>
                {
                    var n = N(s, c, 8);
                    var escalate = s.Get("escalate");
                    var escalation = escalate is null or "majority" ? null
                        : escalate == "adaptive" ? throw new UsageException("adaptive: cannot escalate to itself")
                        : registry.Create(new ComponentSpec(escalate, new Dictionary<string, string>()), c with { Plan = c.Plan with { N = n } });
                    return new AdaptiveStrategy(AtLeast(s, "first", 3, 1), n, s.GetDouble("agree", 1.0), Temp(s, c), escalation);
                }, "adaptive:first=3,n=16,escalate=majority"));
        return registry;
    }

    private static double Temp(ComponentSpec spec, ComponentContext context) => spec.GetDouble("temperature", context.Plan.Temperature ?? 0.8);

    private static int N(ComponentSpec spec, ComponentContext context, int fallback)
    {
        var n = spec.GetInt("n", context.Plan.N ?? fallback);
        return n >= 1 ? n : throw new UsageException($"{spec.Name}: n must be at least 1, got {n}");
    }

    private static int AtLeast(ComponentSpec spec, string key, int fallback, int minimum)
    {
        var value = spec.GetInt(key, fallback);
        return value >= minimum ? value : throw new UsageException($"{spec.Name}: {key} must be at least {minimum}, got {value}");
    }
}
