using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Evaluate.Onnx.Tests.Layouts;

/// <summary>
/// Greedy decodes of a graph with raw ONNX Runtime and none of the adapter's decode code: the reference is the plainest
/// possible loop (no cache: every step feeds the whole sequence with empty pasts, an all-ones mask and positions
/// 0..n-1). A second, cached loop can make one <see cref="FeedingFault"/> on purpose, to show that the graph notices.
/// Inputs are fed only when the graph declares them, by optimum's / the model builder's names.
/// </summary>
internal static class ReferenceDecoder
{
    /// <summary>Smallest gap between the best and second-best logit the reference accepts: a near tie could go either way
    /// between two correct loops (float sums in another order), so the made-up weights must avoid them.</summary>
    public const float MinimumMargin = 0.02f;

    public static IReadOnlyList<int> Uncached(string graphPath, IReadOnlyList<int> prompt, int steps) =>
        Decode(graphPath, prompt, steps, cached: false, FeedingFault.None);

    public static IReadOnlyList<int> Cached(string graphPath, IReadOnlyList<int> prompt, int steps, FeedingFault fault) =>
        Decode(graphPath, prompt, steps, cached: true, fault);

    private static List<int> Decode(string graphPath, IReadOnlyList<int> prompt, int steps, bool cached, FeedingFault fault)
    {
        using var session = new InferenceSession(graphPath);
        var inputs = session.InputMetadata;
        var layers = 0;
        while (inputs.ContainsKey($"past_key_values.{layers}.key")) layers++;
        var outputNames = new List<string> { "logits" };
        if (cached)
            for (var layer = 0; layer < layers; layer++) outputNames.AddRange([$"present.{layer}.key", $"present.{layer}.value"]);
        var sequence = prompt.Select(t => (long)t).ToList();
        var generated = new List<int>();
        IDisposableReadOnlyCollection<OrtValue>? previous = null;
        var pastLength = 0;
        try
        {
            for (var step = 0; step < steps; step++)
            {
                var fed = previous is null ? sequence.ToArray() : [sequence[^1]];
                var owned = new List<OrtValue>();
                var names = new List<string>();
                var values = new List<OrtValue>();
                void Own(string name, OrtValue value)
                {
                    owned.Add(value);
                    names.Add(name);
                    values.Add(value);
                }
                Own("input_ids", OrtValue.CreateTensorValueFromMemory(fed, [1, fed.Length]));
                if (inputs.ContainsKey("attention_mask"))
                {
                    var length = fault switch
                    {
                        FeedingFault.MaskOfNewTokensOnly => fed.Length,
                        FeedingFault.MaskOneTooLong => pastLength + fed.Length + 1,
                        _ => pastLength + fed.Length,
                    };
                    Own("attention_mask", OrtValue.CreateTensorValueFromMemory(Enumerable.Repeat(1L, length).ToArray(), [1, length]));
                }
                if (inputs.ContainsKey("position_ids"))
                {
                    var first = fault switch
                    {
                        FeedingFault.PositionsRestartAtZero => 0,
                        FeedingFault.PositionsOneAhead => pastLength + 1,
                        _ => pastLength,
                    };
                    Own("position_ids", OrtValue.CreateTensorValueFromMemory(Enumerable.Range(first, fed.Length).Select(p => (long)p).ToArray(), [1, fed.Length]));
                }
                if (inputs.ContainsKey("use_cache_branch"))
                    Own("use_cache_branch", OrtValue.CreateTensorValueFromMemory(new[] { pastLength > 0 && fault != FeedingFault.CacheBranchOff }, [1]));
                for (var layer = 0; layer < layers; layer++)
                    for (var half = 0; half < 2; half++)
                    {
                        var name = $"past_key_values.{layer}.{(half == 0 ? "key" : "value")}";
                        if (previous is null)
                        {
                            var shape = inputs[name];
                            Own(name, OrtValue.CreateAllocatedTensorValue(OrtAllocator.DefaultInstance, shape.ElementDataType, [1, shape.Dimensions[1], 0, shape.Dimensions[3]]));
                            continue;
                        }
                        var fromLayer = fault == FeedingFault.SwappedLayers ? layers - 1 - layer : layer;
                        var fromHalf = fault == FeedingFault.SwappedKeyAndValue ? 1 - half : half;
                        names.Add(name);
                        values.Add(previous[1 + 2 * fromLayer + fromHalf]);
                    }
                IDisposableReadOnlyCollection<OrtValue> outputs;
                try
                {
                    using var options = new RunOptions();
                    outputs = session.Run(options, names, values, outputNames);
                }
                finally
                {
                    foreach (var value in owned) value.Dispose();
                }
                previous?.Dispose();
                previous = cached ? outputs : null;
                var next = Greedy(outputs[0], enforceMargin: !cached);
                if (!cached) outputs.Dispose();
                pastLength = cached ? sequence.Count : 0;
                sequence.Add(next);
                generated.Add(next);
            }
            return generated;
        }
        finally
        {
            previous?.Dispose();
        }
    }

    private static int Greedy(OrtValue logits, bool enforceMargin)
    {
        var info = logits.GetTensorTypeAndShape();
        var width = (int)info.Shape[^1];
        var offset = (int)(info.ElementCount - width);
        var row = info.ElementDataType == TensorElementType.Float16
            ? [.. logits.GetTensorDataAsSpan<Float16>().Slice(offset, width).ToArray().Select(h => (float)h)]
            : logits.GetTensorDataAsSpan<float>().Slice(offset, width).ToArray();
        var best = 0;
        for (var id = 1; id < width; id++) if (row[id] > row[best]) best = id;
        var second = row.Where((_, id) => id != best).Max();
        if (enforceMargin && row[best] - second < MinimumMargin)
            throw new InvalidOperationException($"near tie in the reference decode ({row[best]} vs {second}): choose other made-up weights");
        return best;
    }
}
