namespace Evaluate.Adapters.Onnx.Rewards;

/// <summary>What the runner reads at a scored position: one label of a classifier head, or the good and bad tokens' logits of a language-model head.</summary>
public sealed record RewardReadout(RewardHead Head, int Label, int GoodId = 0, int BadId = 0)
{
    internal double Score(RewardLogits logits, int offset, int width) => Head == RewardHead.LanguageModel
        ? ScoreHead.Pair(logits.At(offset + GoodId), logits.At(offset + BadId))
        : ScoreHead.Score(logits.Slice(offset, width), Label);
}
