using Evaluate.Adapters.Onnx.Tokenization;
using Microsoft.ML.OnnxRuntime;

namespace Evaluate.Adapters.Onnx.Decoding;

/// <summary>
/// The decode loop over raw ONNX Runtime: all samples of one prompt advance together as the rows of one batch.
/// With the key/value cache each pass feeds one new token per row and the previous pass's presents as the past;
/// without it (graph has none, or <c>kv_cache=off</c>) each pass feeds the whole sequence. Rows that ended keep
/// being fed (their output is ignored) so the batch stays rectangular; they never influence other rows.
/// </summary>
public sealed class BatchDecoder(InferenceSession session, DecoderGraph graph, TextTokenizer tokenizer, bool useCache)
{
    private readonly bool _cached = useCache && graph.Cache is not null;

    /// <summary>Raised after every forward pass with what it fed (for tests and diagnostics; no timing).</summary>
    public event Action<ForwardPass>? PassRun;

    /// <summary>Completions of <paramref name="prompt"/>, one per seed, in seed order.</summary>
    internal IReadOnlyList<SampleRow> Decode(IReadOnlyList<int> prompt, IReadOnlyList<long> seeds, SamplingSettings sampling,
        DecodeLimits limits, CancellationToken cancellationToken)
    {
        var rows = seeds.Select(seed => new SampleRow(seed, limits, tokenizer)).ToList();
        if (limits.MaxTokens <= 0) return rows;
        var sequences = seeds.Select(_ => prompt.Select(t => (long)t).ToList()).ToList();
        var outputNames = graph.OutputNames(_cached);
        IDisposableReadOnlyCollection<OrtValue>? previous = null;
        var pastLength = 0;
        try
        {
            while (!rows.All(r => r.Done))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var fed = _cached && previous is not null
                    ? sequences.Select(s => new[] { s[^1] }).ToArray()
                    : sequences.Select(s => s.ToArray()).ToArray();
                var past = _cached && previous is not null ? previous.Skip(1).ToList() : null;
                IDisposableReadOnlyCollection<OrtValue> outputs;
                using (var inputs = StepInputs.Build(graph, fed, _cached ? pastLength : 0, past))
                using (var options = new RunOptions())
                    outputs = session.Run(options, inputs.Names, inputs.Values, outputNames);
                previous?.Dispose();
                previous = outputs;
                pastLength = sequences[0].Count;
                var logitsShape = outputs[0].GetTensorTypeAndShape().Shape;
                PassRun?.Invoke(new ForwardPass(fed.Length, fed[0].Length, _cached ? pastLength : 0, logitsShape.Length == 3 ? (int)logitsShape[1] : 1));
                var logits = LogitsReader.LastPosition(outputs[0], rows.Count);
                for (var row = 0; row < rows.Count; row++)
                {
                    if (!rows[row].Done) rows[row].Advance(logits[row], sampling);
                    sequences[row].Add(Math.Max(rows[row].LastToken, 0));
                }
            }
            return rows;
        }
        finally
        {
            previous?.Dispose();
        }
    }
}
