namespace Evaluate.Adapters.Onnx.Rewards;

/// <summary>Token ids to score and the positions whose logits give the scores (the last token for an outcome score, each step token for a process score).</summary>
public sealed record ScoredSequence(IReadOnlyList<int> Ids, IReadOnlyList<int> ScorePositions);
