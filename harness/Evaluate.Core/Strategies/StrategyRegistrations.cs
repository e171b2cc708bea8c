using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Core.Search;

namespace Evaluate.Core.Strategies;

/// <summary>
/// The built-in strategies, each registered once with its options record (<c>greedy</c>, <c>sample:n=8,temperature=0.8</c>,
/// <c>beam:beams=4,expand=4</c>). n and temperature fall back to the plan's <c>n</c> and <c>temperature</c> when a
/// spec does not set them, as the options declare (<see cref="OptionAttribute.PlanDefault"/>).
/// </summary>
public static class StrategyRegistrations
{
    public static ComponentRegistry<IStrategy> Create()
    {
        var registry = new ComponentRegistry<IStrategy>("strategy");
        registry
            .Register(new("greedy", "one answer at temperature 0", [], (_, _) => new GreedyStrategy(), "greedy"))
            .Register<SampleOptions>("sample", "n independent samples; the score is the share of correct samples",
                (o, _) => new SampleStrategy(o.N, o.Temperature, o.TopP), "sample:n=8,temperature=0.6")
            .Register<VotingOptions>("majority", "self-consistency: majority vote over n samples",
                (o, _) => new MajorityStrategy(o.N, o.Temperature))
            .Register<EarlyStopOptions>("early-stop", "majority vote that stops sampling once the leader cannot be overtaken",
                (o, _) => new EarlyStopMajorityStrategy(o.N, o.Temperature, o.Batch, o.Confidence))
            .Register<VotingOptions>("best-of-n", "n samples; the reward model's top-scored one",
                (o, _) => new BestOfNStrategy(o.N, o.Temperature))
            .Register<VotingOptions>("weighted-majority", "n samples; vote weighted by reward-model score",
                (o, _) => new WeightedMajorityStrategy(o.N, o.Temperature))
            .Register<BeamOptions>("beam", "step-level beam search scored by a process reward model",
                (o, _) => new BeamSearchStrategy(o.Beams, o.Expand, o.Depth, StepAggregations.Parse(o.Aggregate), o.Temperature), "beam:beams=4,expand=4")
            .Register<TreeOfThoughtsBfsOptions>("tot-bfs", "Tree of Thoughts, breadth-first (Game of 24 protocol)",
                (o, _) => new TreeOfThoughtsStrategy(false, o.Breadth, o.ValueSamples, o.Temperature))
            .Register<TreeOfThoughtsDfsOptions>("tot-dfs", "Tree of Thoughts, depth-first with pruning",
                (o, _) => new TreeOfThoughtsStrategy(true, o.Breadth, o.ValueSamples, o.Temperature, o.Prune, o.Accept, o.MaxStates))
            .Register<MctsOptions>("mcts", "Monte Carlo tree search over reasoning steps (UCB1 or PUCT)",
                (o, _) => new MctsStrategy(o.Simulations, o.Expand, o.Depth, o.C, o.Select == "puct", o.Temperature, o.Tokens))
            .Register<BudgetForcingOptions>("budget-forcing", "s1 budget forcing: thinking capped at max_thinking tokens, extended with \"Wait\" below min_thinking (needs a model that continues a thought)",
                (o, c) => new BudgetForcingStrategy(o, c.Optional<ITokenCounter>() ?? ApproximateTokenCounter.Instance), "budget-forcing:max_thinking=2048,min_thinking=512,wait=2")
            .Register<AdaptiveOptions>("adaptive", "a few samples first; escalate to more (or another strategy) when they disagree",
                (o, c) =>
                {
                    var escalation = o.Escalate == "majority" ? null
                        : o.Escalate == "adaptive" ? throw new UsageException("adaptive: cannot escalate to itself")
                        : registry.Create(new ComponentSpec(o.Escalate, new Dictionary<string, string>()), c with { Plan = c.Plan with { N = o.N } });
                    return new AdaptiveStrategy(o.First, o.N, o.Agree, o.Temperature, escalation);
                }, "adaptive:first=3,n=16,escalate=majority");
        return registry;
    }
}
