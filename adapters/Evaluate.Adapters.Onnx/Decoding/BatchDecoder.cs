using Evaluate.Adapters.Onnx.Tokenization;
using Microsoft.ML.OnnxRuntime;

namespace Evaluate.Adapters.Onnx.Decoding;

/// <summary>
/// The decode loop over raw ONNX Runtime: all samples of one prompt advance together as the rows of one batch.
/// The rows share the prompt, so it is run once as a single row (prefill) and its next-token logits start every
/// row. With the key/value cache the prompt goes through in chunks of <c>prefillChunk</c> tokens (logits memory
/// is bounded by chunk × vocabulary, not prompt × vocabulary), the one-row cache is then copied to every row, and
/// each later pass feeds one new token per row with the previous pass's presents as the past. Without it (graph
/// has none, or <c>kv_cache=off</c>) each later pass feeds every row's whole sequence. Rows that ended keep being
/// fed (their output is ignored) so the batch stays rectangular; they never influence other rows.
/// </summary>
/// <param name="prefillChunk">Most prompt tokens per prefill pass with the cache; 0 feeds the whole prompt at once.</param>
public sealed class BatchDecoder(InferenceSession session, DecoderGraph graph, TextTokenizer tokenizer, bool useCache,
    int prefillChunk = BatchDecoder.DefaultPrefillChunk)
{
    /// <summary>
    /// 256 tokens: a Qwen-sized vocabulary's logits for one chunk are 155 MB in fp32 (against 0.6 GB for a 1,000-token
    /// prompt in one pass), while the chunk is still long enough for the matrix products to run efficiently.
    /// </summary>
    public const int DefaultPrefillChunk = 256;

    private readonly bool _cached = useCache && graph.Cache is not null;
    private readonly IReadOnlyList<string> _outputNames = graph.OutputNames(useCache && graph.Cache is not null);

    /// <summary>Raised after every forward pass with what it fed (for tests and diagnostics; no timing).</summary>
    public event Action<ForwardPass>? PassRun;

    /// <summary>Completions of <paramref name="prompt"/>, one per seed, in seed order.</summary>
    internal IReadOnlyList<SampleRow> Decode(IReadOnlyList<int> prompt, IReadOnlyList<long> seeds, SamplingSettings sampling,
        DecodeLimits limits, CancellationToken cancellationToken)
    {
        var rows = seeds.Select(seed => new SampleRow(seed, limits, tokenizer)).ToList();
        if (limits.MaxTokens <= 0) return rows;
        var sequences = seeds.Select(_ => prompt.Select(t => (long)t).ToList()).ToList();
        using var past = new PastKeyValues();
        var first = Prefill(prompt, past, cancellationToken);
        Advance(rows, sequences, row => first, sampling);
        if (_cached && !rows.All(r => r.Done)) past.Expand(rows.Count);
        while (!rows.All(r => r.Done))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var logits = _cached
                ? Run(sequences.Select(s => new[] { s[^1] }).ToArray(), sequences[0].Count - 1, past)
                : Run(sequences.Select(s => s.ToArray()).ToArray(), 0, past);
            Advance(rows, sequences, row => logits[row], sampling);
        }
        return rows;
    }

    /// <summary>The prompt as one row (in chunks through the cache); the next-token logits after it.</summary>
    private float[] Prefill(IReadOnlyList<int> prompt, PastKeyValues past, CancellationToken cancellationToken)
    {
        var tokens = prompt.Select(t => (long)t).ToArray();
        var chunk = _cached && prefillChunk > 0 ? prefillChunk : tokens.Length;
        var logits = Array.Empty<float[]>();
        for (var start = 0; start < tokens.Length; start += chunk)
        {
            cancellationToken.ThrowIfCancellationRequested();
            logits = Run([tokens[start..Math.Min(start + chunk, tokens.Length)]], start, past);
        }
        return logits[0];
    }

    private static void Advance(List<SampleRow> rows, List<List<long>> sequences, Func<int, float[]> logits, SamplingSettings sampling)
    {
        for (var row = 0; row < rows.Count; row++)
        {
            if (!rows[row].Done) rows[row].Advance(logits(row), sampling);
            sequences[row].Add(Math.Max(rows[row].LastToken, 0));
        }
    }

    /// <summary>One forward pass: each row's last-position logits; with the cache, its presents become the past.</summary>
    private float[][] Run(long[][] fed, int pastLength, PastKeyValues past)
    {
        IDisposableReadOnlyCollection<OrtValue>? outputs;
        using (var inputs = StepInputs.Build(graph, fed, pastLength, _cached ? past.Values : null))
        using (var options = new RunOptions())
            outputs = session.Run(options, inputs.Names, inputs.Values, _outputNames);
        try
        {
            var logits = LogitsReader.LastPosition(outputs[0], fed.Length);
            PassRun?.Invoke(new ForwardPass(fed.Length, fed[0].Length, pastLength, LogitsReader.Positions(outputs[0])));
            if (_cached)
            {
                // The logits of a long chunk are the largest tensor of the pass: free them now, keep the presents.
                outputs[0].Dispose();
                past.Replace(outputs);
                outputs = null;
            }
            return logits;
        }
        finally
        {
            outputs?.Dispose();
        }
    }
}
