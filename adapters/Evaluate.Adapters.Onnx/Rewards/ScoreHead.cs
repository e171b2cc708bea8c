namespace Evaluate.Adapters.Onnx.Rewards;

/// <summary>Turns the logits of one position into a score in [0, 1]: sigmoid of a single logit, else the softmax probability of the chosen label.</summary>
public static class ScoreHead
{
    public static double Score(ReadOnlySpan<float> logits, int label)
    {
        if (logits.Length == 1) return 1 / (1 + Math.Exp(-logits[0]));
        double max = float.NegativeInfinity;
        foreach (var l in logits) max = Math.Max(max, l);
        double sum = 0;
        foreach (var l in logits) sum += Math.Exp(l - max);
        return Math.Exp(logits[label] - max) / sum;
    }
}
