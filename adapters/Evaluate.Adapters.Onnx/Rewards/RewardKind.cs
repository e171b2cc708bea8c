namespace Evaluate.Adapters.Onnx.Rewards;

/// <summary>Outcome reward (one score per solution) or process reward (a score at each step separator).</summary>
public enum RewardKind { Outcome, Process }
