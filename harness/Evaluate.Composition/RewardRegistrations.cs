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
        .Register<SimulatedRewardOptions>("sim", "simulated reward model: noisy scores separated by d standard deviations (simulated)",
            (o, c) => new SimulatedReward(Suite(c).Checker, Suite(c) as IStepVerifier, o.D, o.Noise, o.Seed ?? (int)(c.Plan.Seed & 0x7FFFFFFF)),
            "sim:d=2,noise=1")
        .Register<JudgeRewardOptions>("judge", "an LLM judge: the evaluated model asked whether a solution or step is correct",
            (o, c) => new JudgeReward(c.Model ?? throw new UsageException("reward model 'judge' needs a model"), o.Mode),
            "judge:mode=rating")
        .Register<Adapters.Onnx.Rewards.OnnxRewardParameters>("onnx", "an outcome (orm) or process (prm) reward model run in process by ONNX Runtime; see docs/onnx.md",
            (o, _) => OnnxRegistration.Create(o, (parameters, warn) => Adapters.Onnx.Rewards.OnnxRewardModel.Create(parameters, warn)),
            "onnx:path=models/prm,kind=prm,step_token=<step>");

    private static Core.Suites.ISuite Suite(ComponentContext context) =>
        context.Suite ?? throw new UsageException("a reward model is built per suite");
}
