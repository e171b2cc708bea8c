using Evaluate.Adapters.Rewards;
using Evaluate.Adapters.Simulated;
using Evaluate.Core;
using Evaluate.Core.Components;
using Evaluate.Core.Rewards;

namespace Evaluate.Composition;

/// <summary>
/// The built-in reward models. One is built per cell: the oracle and sim grade with the cell's suite (its checker and
/// step verifier); the judge asks the cell's model (self-evaluation), its calls metered per problem.
/// </summary>
public static class RewardRegistrations
{
    public static ComponentRegistry<IRewardModel> Create() => new ComponentRegistry<IRewardModel>("reward model")
        .Register(new("oracle", "uses the gold answer: an upper bound, not a real reward model", [],
            (_, c) => new OracleReward(Suite(c).Checker, Suite(c) as IStepVerifier)))
        .Register(new("sim", "simulated reward model: noisy scores separated by d standard deviations (simulated)",
            [ComponentParameter.Number("d", "2", "separation of correct and wrong solutions, in noise units"),
             ComponentParameter.Number("noise", "1", "score noise"),
             ComponentParameter.WholeNumber("seed", null, "seed of the noise (default: the run's seed)")],
            (s, c) =>
            {
                var d = s.GetDouble("d", 2.0);
                var noise = s.GetDouble("noise", 1.0);
                if (d < 0) throw new UsageException($"sim reward: d must be at least 0, got {d}");
                if (noise < 0) throw new UsageException($"sim reward: noise must be at least 0, got {noise}");
                return new SimulatedReward(Suite(c).Checker, Suite(c) as IStepVerifier, d, noise, s.GetInt("seed", (int)(c.Plan.Seed & 0x7FFFFFFF)));
            }, "sim:d=2,noise=1"))
        .Register(new("judge", "an LLM judge: the evaluated model asked whether a solution or step is correct",
            [ComponentParameter.Choice("mode", "yesno", "yesno (probability of yes) or rating (1-10)", "yesno", "rating")],
            (s, c) => new JudgeReward(c.Model ?? throw new UsageException("reward model 'judge' needs a model"), s.Get("mode") ?? "yesno"),
            "judge:mode=rating"))
        .Register(new("onnx", "an outcome (orm) or process (prm) reward model run in process by ONNX Runtime; see docs/onnx.md",
            OnnxRegistration.Parameters(Adapters.Onnx.Rewards.OnnxRewardModel.Parameters),
            (s, _) => OnnxRegistration.Create((spec, warn) => Adapters.Onnx.Rewards.OnnxRewardModel.Create(spec, warn), s),
            "onnx:path=models/prm,kind=prm,step_token=<step>"));

    private static Core.Suites.ISuite Suite(ComponentContext context) =>
        context.Suite ?? throw new UsageException("a reward model is built per suite");
}
