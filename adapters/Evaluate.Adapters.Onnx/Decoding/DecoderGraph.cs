using Evaluate.Adapters.Onnx.ModelFiles;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Evaluate.Adapters.Onnx.Decoding;

/// <summary>
/// The decoder graph's signature, checked once when the model is opened: which inputs it takes (ids, mask, positions,
/// optimum's cache-branch flag, logits-to-keep, past keys/values), that it has logits, and the key/value shape. Every error names the file.
/// </summary>
public sealed record DecoderGraph(
    string Path,
    GraphNames Names,
    bool HasAttentionMask,
    bool HasPositionIds,
    bool HasCacheBranch,
    KeyValueShape? Cache,
    TensorElementType LogitsType,
    int? LogitsWidth)
{
    public static DecoderGraph Inspect(InferenceSession session, string path, GraphNames names, ModelConfig config)
    {
        var inputs = session.InputMetadata;
        var outputs = session.OutputMetadata;
        UnsupportedVariants.Refuse(path, inputs, outputs, names);
        if (!inputs.ContainsKey(names.InputIds))
            throw new ArgumentException($"{path}: the graph has no input '{names.InputIds}' (its inputs: {string.Join(", ", inputs.Keys)})");
        if (!outputs.TryGetValue(names.Logits, out var logits))
            throw new ArgumentException($"{path}: the graph has no '{names.Logits}' output, so it is not a causal language model (its outputs: {string.Join(", ", outputs.Keys)})");
        if (logits.ElementDataType is not (TensorElementType.Float or TensorElementType.Float16))
            throw new FormatException($"{path}: logits are {logits.ElementDataType}; float or float16 expected");
        var cache = CacheShape(session, path, names, config);
        var known = new HashSet<string>(StringComparer.Ordinal) { names.InputIds, names.AttentionMask, names.PositionIds, GraphNames.UseCacheBranch };
        var logitsToKeep = LogitsToKeepInput.Find(inputs, path);
        if (logitsToKeep is not null) known.Add(logitsToKeep.Name);
        for (var layer = 0; layer < (cache?.Layers ?? 0); layer++)
        {
            known.Add(GraphNames.Layer(names.PastKey, layer));
            known.Add(GraphNames.Layer(names.PastValue, layer));
        }
        if (inputs.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
            throw new ArgumentException($"{path}: input '{unknown}' is not one the adapter can feed (known: {string.Join(", ", known)})");
        var width = logits.Dimensions.Length > 0 && logits.Dimensions[^1] > 0 ? logits.Dimensions[^1] : (int?)null;
        return new DecoderGraph(path, names, inputs.ContainsKey(names.AttentionMask), inputs.ContainsKey(names.PositionIds),
            inputs.ContainsKey(GraphNames.UseCacheBranch), cache, logits.ElementDataType, width) { LogitsToKeep = logitsToKeep };
    }

    /// <summary>The <c>num_logits_to_keep</c>/<c>logits_to_keep</c> input when the graph declares one (fed 1).</summary>
    public LogitsToKeepInput? LogitsToKeep { get; init; }

    /// <summary>Output names in the order the decode loop reads them: logits, then each layer's present key and value.</summary>
    public IReadOnlyList<string> OutputNames(bool withCache)
    {
        var names = new List<string> { Names.Logits };
        for (var layer = 0; withCache && layer < (Cache?.Layers ?? 0); layer++)
        {
            names.Add(GraphNames.Layer(Names.PresentKey, layer));
            names.Add(GraphNames.Layer(Names.PresentValue, layer));
        }
        return names;
    }

    private static KeyValueShape? CacheShape(InferenceSession session, string path, GraphNames names, ModelConfig config)
    {
        var layers = 0;
        while (session.InputMetadata.ContainsKey(GraphNames.Layer(names.PastKey, layers))) layers++;
        if (layers == 0) return null;
        for (var layer = 0; layer < layers; layer++)
        {
            var pastValue = GraphNames.Layer(names.PastValue, layer);
            if (!session.InputMetadata.ContainsKey(pastValue))
                throw new ArgumentException($"{path}: the graph has '{GraphNames.Layer(names.PastKey, layer)}' but no input '{pastValue}'");
            foreach (var present in new[] { GraphNames.Layer(names.PresentKey, layer), GraphNames.Layer(names.PresentValue, layer) })
                if (!session.OutputMetadata.ContainsKey(present))
                    throw new ArgumentException($"{path}: the graph takes a key/value cache but has no output '{present}'");
        }
        var past = session.InputMetadata[GraphNames.Layer(names.PastKey, 0)];
        if (past.Dimensions.Length != 4) throw new FormatException($"{path}: past key has rank {past.Dimensions.Length}; [batch, heads, length, head_dim] expected");
        if (config.Layers is { } stated && stated != layers)
            throw new FormatException($"{config.Fields.Layers} is {stated} but {path} has {layers} layers of past keys/values: not this model's settings");
        long heads = past.Dimensions[1] > 0 ? past.Dimensions[1]
            : config.KeyValueHeads ?? throw new FormatException($"{config.Fields.KeyValueHeads} is needed (the graph leaves it symbolic)");
        long headDim = past.Dimensions[3] > 0 ? past.Dimensions[3]
            : config.HeadDimension ?? throw new FormatException($"{config.Fields.HeadDimension} is needed (the graph leaves it symbolic)");
        return new KeyValueShape(layers, heads, headDim, past.ElementDataType);
    }
}
