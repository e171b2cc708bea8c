using Evaluate.Core.Components;
using Evaluate.Core.Search;

namespace Evaluate.Core.Strategies;

/// <summary>Builds strategies from their specs (<c>greedy</c>, <c>sample:n=8,temperature=0.8</c>, <c>beam:beams=4,expand=4</c>).</summary>
public static class StrategyCatalog
{
    public static IReadOnlyList<string> Names { get; } =
        ["greedy", "sample", "majority", "early-stop", "best-of-n", "weighted-majority", "beam", "tot-bfs", "tot-dfs", "mcts", "adaptive"];

    /// <param name="defaultN">Plan- or flag-level n for sampling strategies whose spec does not set it.</param>
    /// <param name="defaultTemperature">Likewise for temperature.</param>
    public static IStrategy Create(ComponentSpec spec, int? defaultN = null, double? defaultTemperature = null)
    {
        var temperature = spec.GetDouble("temperature", defaultTemperature ?? 0.8);
        switch (spec.Name)
        {
            case "greedy":
                spec.RequireKnown();
                return new GreedyStrategy();
            case "sample":
                spec.RequireKnown("n", "temperature", "top_p");
                return new SampleStrategy(N(spec, defaultN, 8), temperature, spec.GetDouble("top_p", 1.0));
            case "majority":
                spec.RequireKnown("n", "temperature");
                return new MajorityStrategy(N(spec, defaultN, 8), temperature);
            case "early-stop":
            {
                spec.RequireKnown("n", "temperature", "batch", "confidence");
                var confidence = spec.Get("confidence") is null ? (double?)null : spec.GetDouble("confidence", 1);
                if (confidence is <= 0 or > 1) throw new FormatException($"early-stop: confidence must be in (0, 1], got {confidence}");
                return new EarlyStopMajorityStrategy(N(spec, defaultN, 16), temperature, AtLeast(spec, "batch", 4, 1), confidence);
            }
            case "best-of-n":
                spec.RequireKnown("n", "temperature");
                return new BestOfNStrategy(N(spec, defaultN, 8), temperature);
            case "weighted-majority":
                spec.RequireKnown("n", "temperature");
                return new WeightedMajorityStrategy(N(spec, defaultN, 8), temperature);
            case "beam":
                spec.RequireKnown("beams", "expand", "depth", "aggregate", "temperature");
                return new BeamSearchStrategy(AtLeast(spec, "beams", 4, 1), AtLeast(spec, "expand", 4, 1), AtLeast(spec, "depth", 8, 1),
                    StepAggregations.Parse(spec.Get("aggregate") ?? "min"), temperature);
            case "tot-bfs":
                spec.RequireKnown("breadth", "value_samples", "temperature");
                return new TreeOfThoughtsStrategy(false, AtLeast(spec, "breadth", 5, 1), AtLeast(spec, "value_samples", 3, 1), spec.GetDouble("temperature", 0.7));
            case "tot-dfs":
                spec.RequireKnown("breadth", "value_samples", "temperature", "prune", "accept", "max_states");
                return new TreeOfThoughtsStrategy(true, AtLeast(spec, "breadth", 5, 1), AtLeast(spec, "value_samples", 3, 1), spec.GetDouble("temperature", 0.7),
                    spec.GetDouble("prune", 1), spec.GetDouble("accept", 20), AtLeast(spec, "max_states", 100, 1));
            case "mcts":
            {
                spec.RequireKnown("simulations", "expand", "depth", "c", "select", "temperature", "tokens");
                long? tokens = spec.Get("tokens") is null ? null : AtLeast(spec, "tokens", 1, 1);
                var select = spec.Get("select") ?? "ucb1";
                if (select is not ("ucb1" or "puct")) throw new FormatException($"mcts: select must be ucb1 or puct, got '{select}'");
                return new MctsStrategy(AtLeast(spec, "simulations", 16, 1), AtLeast(spec, "expand", 3, 1), AtLeast(spec, "depth", 8, 1),
                    spec.GetDouble("c", Math.Sqrt(2)), select == "puct", temperature, tokens);
            }
            case "adaptive":
            {
                spec.RequireKnown("first", "n", "agree", "temperature", "escalate");
                var n = N(spec, defaultN, 8);
                var escalate = spec.Get("escalate");
                var escalation = escalate is null or "majority" ? null
                    : escalate == "adaptive" ? throw new FormatException("adaptive: cannot escalate to itself")
                    : Create(new ComponentSpec(escalate, new Dictionary<string, string>()), n, defaultTemperature);
                return new AdaptiveStrategy(AtLeast(spec, "first", 3, 1), n, spec.GetDouble("agree", 1.0), temperature, escalation);
            }
            default:
                throw new ArgumentException($"unknown strategy '{spec.Name}'{DidYouMean.Suggest(spec.Name, Names)}; known: {string.Join(", ", Names)}");
        }
    }

    private static int N(ComponentSpec spec, int? defaultN, int fallback)
    {
        var n = spec.GetInt("n", defaultN ?? fallback);
        return n >= 1 ? n : throw new FormatException($"{spec.Name}: n must be at least 1, got {n}");
    }

    private static int AtLeast(ComponentSpec spec, string key, int fallback, int minimum)
    {
        var value = spec.GetInt(key, fallback);
        return value >= minimum ? value : throw new FormatException($"{spec.Name}: {key} must be at least {minimum}, got {value}");
    }
}
