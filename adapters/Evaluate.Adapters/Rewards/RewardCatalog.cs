using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Core.Rewards;
using Evaluate.Core.Suites;

namespace Evaluate.Adapters.Rewards;

/// <summary>
/// Builds reward models from <c>--reward NAME[:params]</c>: <c>oracle</c>, <c>sim:d=2,noise=1</c>, <c>judge:mode=yesno|rating</c>.
/// A reward model is built per suite (the oracle and sim grade with its checker and step verifier); the judge asks
/// <paramref name="judgeModel"/> (the run passes the evaluated model, so the judge is self-evaluation).
/// </summary>
public static class RewardCatalog
{
    public static IReadOnlyList<string> Names { get; } = ["oracle", "sim", "judge"];

    public static IRewardModel Create(ComponentSpec spec, ISuite suite, long seed, IModelAdapter judgeModel)
    {
        switch (spec.Name)
        {
            case "oracle":
                spec.RequireKnown();
                return new OracleReward(suite.Checker, suite as IStepVerifier);
            case "sim":
            {
                spec.RequireKnown("d", "noise", "seed");
                var d = spec.GetDouble("d", 2.0);
                var noise = spec.GetDouble("noise", 1.0);
                if (d < 0) throw new FormatException($"sim reward: d must be at least 0, got {d}");
                if (noise < 0) throw new FormatException($"sim reward: noise must be at least 0, got {noise}");
                return new SimulatedReward(suite.Checker, suite as IStepVerifier, d, noise, spec.GetInt("seed", (int)(seed & 0x7FFFFFFF)));
            }
            case "judge":
            {
                spec.RequireKnown("mode");
                var mode = spec.Get("mode") ?? "yesno";
                if (mode is not ("yesno" or "rating")) throw new FormatException($"judge: mode must be yesno or rating, got '{mode}'");
                return new JudgeReward(judgeModel, mode);
            }
            default:
                throw new ArgumentException($"unknown reward model '{spec.Name}'{DidYouMean.Suggest(spec.Name, Names)}; known: {string.Join(", ", Names)}");
        }
    }
}
