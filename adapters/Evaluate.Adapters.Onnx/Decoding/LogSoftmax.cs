namespace Evaluate.Adapters.Onnx.Decoding;

/// <summary>
/// Log probabilities of the model's own distribution (before temperature and filtering, as vLLM reports them), so
/// the logprobs of a sample sum to the model's log-likelihood of it.
/// </summary>
public static class LogSoftmax
{
    public static double Normalizer(ReadOnlySpan<float> logits)
    {
        double max = float.NegativeInfinity;
        foreach (var l in logits) max = Math.Max(max, l);
        double sum = 0;
        foreach (var l in logits) sum += Math.Exp(l - max);
        return max + Math.Log(sum);
    }

    /// <summary>The k most likely ids with their log probabilities, most likely first (ties by id).</summary>
    public static IReadOnlyList<(int Id, double Logprob)> Top(ReadOnlySpan<float> logits, double normalizer, int k)
    {
        var top = new List<(int Id, double Logprob)>(k + 1);
        for (var id = 0; id < logits.Length && k > 0; id++)
        {
            var lp = logits[id] - normalizer;
            if (top.Count == k && lp <= top[^1].Logprob) continue;
            var at = top.FindIndex(t => lp > t.Logprob);
            top.Insert(at < 0 ? top.Count : at, (id, lp));
            if (top.Count > k) top.RemoveAt(k);
        }
        return top;
    }
}
