namespace Evaluate.Adapters.Onnx.Rewards;

/// <summary>Turns logits into a score in [0, 1].</summary>
public static class ScoreHead
{
    /// <summary>A classifier head at one position: sigmoid of a single logit, else the softmax probability of the chosen label.</summary>
    public static double Score(ReadOnlySpan<float> logits, int label)
    {
        if (logits.Length == 1) return 1 / (1 + Math.Exp(-logits[0]));
        double max = float.NegativeInfinity;
        foreach (var l in logits) max = Math.Max(max, l);
        double sum = 0;
        foreach (var l in logits) sum += Math.Exp(l - max);
        return Math.Exp(logits[label] - max) / sum;
    }

    /// <summary>
    /// A language-model head at a step tag: the softmax over the two label tokens' logits only,
    /// exp(good) / (exp(good) + exp(bad)) = sigmoid(good - bad), as Math-Shepherd reads it (the rest of the vocabulary
    /// does not enter).
    /// </summary>
    public static double Pair(double good, double bad) => 1 / (1 + Math.Exp(bad - good));
}
