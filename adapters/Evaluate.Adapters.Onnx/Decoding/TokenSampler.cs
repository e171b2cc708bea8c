namespace Evaluate.Adapters.Onnx.Decoding;

/// <summary>
/// Picks the next token from one row of logits: greedy, or temperature sampling after top-k and then top-p (nucleus)
/// filtering, with one uniform draw from the sample's own random stream. Candidates are walked in a fixed order
/// (probability descending, ties by id), so a seed gives the same token on every machine and batch size.
/// </summary>
public static class TokenSampler
{
    public static int Choose(ReadOnlySpan<float> logits, SamplingSettings settings, Random random)
    {
        if (settings.Greedy) return ArgMax(logits);
        var order = Enumerable.Range(0, logits.Length).ToArray();
        var values = logits.ToArray();
        Array.Sort(order, (a, b) => values[b] != values[a] ? values[b].CompareTo(values[a]) : a.CompareTo(b));
        var keep = settings.TopK > 0 ? Math.Min(settings.TopK, order.Length) : order.Length;
        var max = values[order[0]] / settings.Temperature;
        var weights = new double[keep];
        double total = 0;
        for (var i = 0; i < keep; i++) total += weights[i] = Math.Exp(values[order[i]] / settings.Temperature - max);
        if (settings.TopP < 1)
        {
            // Smallest prefix whose probability reaches top_p; the first token is always kept.
            double cumulative = 0;
            var prefix = 0;
            while (prefix < keep && (prefix == 0 || cumulative < settings.TopP * total)) cumulative += weights[prefix++];
            keep = prefix;
            total = cumulative;
        }
        var u = random.NextDouble() * total;
        for (var i = 0; i < keep; i++)
        {
            u -= weights[i];
            if (u < 0) return order[i];
        }
        return order[keep - 1];
    }

    public static int ArgMax(ReadOnlySpan<float> logits)
    {
        var best = 0;
        for (var i = 1; i < logits.Length; i++)
            if (logits[i] > logits[best]) best = i;
        return best;
    }
}
