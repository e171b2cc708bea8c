namespace Evaluate.Adapters.Onnx.Rewards;

/// <summary>
/// How a reward graph's logits become a score: a classifier head (sequence or token classification, the score is one
/// label's probability) or a causal language model's head (Math-Shepherd style: at each step tag, the probability of
/// the "good" token against the "bad" token).
/// </summary>
public enum RewardHead { Classifier, LanguageModel }
