namespace Evaluate.Adapters.Onnx.Decoding;

/// <summary>
/// Picks the next token from one row of logits: greedy, or temperature sampling after top-k and then top-p (nucleus)
/// filtering, with one uniform draw from the sample's own random stream. Candidates are walked in a fixed order, so
/// a seed gives the same token on every machine and batch size.
/// </summary>
public static class TokenSampler
{
    /// <summary>
    /// With top-k or top-p, tokens more than this many nats below the best (probability under 1e-13 each) are dropped
    /// before sorting: sorting a 150,000-token vocabulary every step would cost more than a small model's forward pass.
    /// </summary>
    private const double NegligibleGap = 30;

    public static int Choose(ReadOnlySpan<float> logits, SamplingSettings settings, Random random)
    {
        if (settings.Greedy) return ArgMax(logits);
        var max = logits[ArgMax(logits)] / settings.Temperature;
        return settings.TopK > 0 || settings.TopP < 1
            ? ChooseFiltered(logits, settings, max, random)
            : ChooseAll(logits, settings.Temperature, max, random);
    }

    public static int ArgMax(ReadOnlySpan<float> logits)
    {
        var best = 0;
        for (var i = 1; i < logits.Length; i++)
            if (logits[i] > logits[best]) best = i;
        return best;
    }

    /// <summary>No filter: walk the ids in order (any fixed order samples the same distribution).</summary>
    private static int ChooseAll(ReadOnlySpan<float> logits, double temperature, double max, Random random)
    {
        var weights = new double[logits.Length];
        double total = 0;
        for (var i = 0; i < logits.Length; i++) total += weights[i] = Math.Exp(logits[i] / temperature - max);
        var u = random.NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
            if ((u -= weights[i]) < 0) return i;
        return ArgMax(logits);
    }

    /// <summary>Most likely first (ties by id), cut to top-k, then to the smallest prefix reaching top-p of the mass.</summary>
    private static int ChooseFiltered(ReadOnlySpan<float> logits, SamplingSettings settings, double max, Random random)
    {
        var candidates = new List<int>();
        for (var i = 0; i < logits.Length; i++)
            if (logits[i] / settings.Temperature >= max - NegligibleGap) candidates.Add(i);
        var values = logits.ToArray();
        candidates.Sort((a, b) => values[b] != values[a] ? values[b].CompareTo(values[a]) : a.CompareTo(b));
        var keep = settings.TopK > 0 ? Math.Min(settings.TopK, candidates.Count) : candidates.Count;
        var weights = new double[keep];
        double total = 0;
        for (var i = 0; i < keep; i++) total += weights[i] = Math.Exp(values[candidates[i]] / settings.Temperature - max);
        if (settings.TopP < 1)
        {
            // The first token is always kept.
            double cumulative = 0;
            var prefix = 0;
            while (prefix < keep && (prefix == 0 || cumulative < settings.TopP * total)) cumulative += weights[prefix++];
            keep = prefix;
            total = cumulative;
        }
        var u = random.NextDouble() * total;
        for (var i = 0; i < keep; i++)
            if ((u -= weights[i]) < 0) return candidates[i];
        return candidates[keep - 1];
    }
}
