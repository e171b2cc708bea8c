using DataType = Onnx.TensorProto.Types.DataType;

namespace Evaluate.Onnx.TestModels;

/// <summary>
/// The cached bigram model (same table, tokenizer and config) with what prefill tests need: a logits-to-keep input
/// implemented as transformers does (a Slice of the last k positions; 0 keeps all), logits that read the whole cache
/// (the table plus a projection of the sum of every cached key, so the text depends on each cached token), and
/// keys/values of another element type. Every cached key is an exact small multiple of 0.5, so float16 and
/// bfloat16 caches give the same logits as float.
/// </summary>
public static class PrefillModel
{
    public static void Write(string folder, PrefillVariant variant)
    {
        BigramModel.Write(folder, new BigramVariant(KeyValueCache: true));
        var width = BigramModel.Size;
        var graph = new GraphBuilder()
            .Input("input_ids", DataType.Int64, "batch_size", "sequence_length")
            .Input("attention_mask", DataType.Int64, "batch_size", "total_sequence_length")
            .Floats("table", Table(width), width, width)
            .Node("Gather", ["table", "input_ids"], ["table_logits"], ("axis", 0));
        AddCache(graph, width, variant.CacheType);
        var logits = "table_logits";
        if (variant.LogitsReadCache)
        {
            graph.Floats("context_weights", ContextWeights(width), BigramModel.HeadDimension, width)
                .Longs("position_axis", [2], 1)
                .Node("ReduceSum", ["present_key_float", "position_axis"], ["context"], ("keepdims", 0))
                .Node("MatMul", ["context", "context_weights"], ["context_bias"])
                .Node("Add", ["table_logits", "context_bias"], ["context_logits"]);
            logits = "context_logits";
        }
        if (variant.LogitsToKeep is { } keep)
        {
            graph.Input(keep, DataType.Int64, variant.ScalarLogitsToKeep ? Array.Empty<object>() : [1])
                .Longs("keep_axis", [0], 1)
                .Longs("slice_end", [long.MaxValue], 1)
                .Longs("slice_axis", [1], 1);
            var count = keep;
            if (variant.ScalarLogitsToKeep)
            {
                graph.Node("Unsqueeze", [keep, "keep_axis"], ["keep_vector"]);
                count = "keep_vector";
            }
            graph.Node("Neg", [count], ["slice_start"])
                .Node("Slice", [logits, "slice_start", "slice_end", "slice_axis"], ["logits"])
                .Output("logits", DataType.Float, "batch_size", "kept_length", width);
        }
        else
        {
            graph.Node("Identity", [logits], ["logits"]).Output("logits", DataType.Float, "batch_size", "sequence_length", width);
        }
        graph.Save(Path.Combine(folder, "model.onnx"));
    }

    private static float[] Table(int width)
    {
        var table = new float[width * width];
        for (var r = 0; r < width; r++)
            for (var c = 0; c < width; c++) table[r * width + c] = BigramModel.Logit(r, c);
        return table;
    }

    /// <summary>Small weights (the bias stays within a few nats), varied enough that different contexts favour different words.</summary>
    private static float[] ContextWeights(int width)
    {
        var weights = new float[BigramModel.HeadDimension * width];
        for (var j = 0; j < BigramModel.HeadDimension; j++)
            for (var c = 0; c < width; c++) weights[j * width + c] = 0.02f * ((j * 31 + c * 7) % 11 - 5);
        return weights;
    }

    private static void AddCache(GraphBuilder graph, int width, DataType type)
    {
        var embedding = new float[width * BigramModel.HeadDimension];
        for (var i = 0; i < embedding.Length; i++) embedding[i] = i % 7 * 0.5f;
        graph.Floats("embedding", embedding, width, BigramModel.HeadDimension)
            .Longs("head_axis", [1], 1)
            .Node("Gather", ["embedding", "input_ids"], ["fed"], ("axis", 0))
            .Node("Unsqueeze", ["fed", "head_axis"], ["fed_heads_float"])
            .Node("Cast", ["fed_heads_float"], ["fed_heads"], ("to", (long)type));
        foreach (var half in new[] { "key", "value" })
        {
            graph.Input($"past_key_values.0.{half}", type, "batch_size", 1, "past_sequence_length", BigramModel.HeadDimension)
                .Node("Concat", [$"past_key_values.0.{half}", "fed_heads"], [$"present.0.{half}"], ("axis", 2))
                .Output($"present.0.{half}", type, "batch_size", 1, "total_sequence_length", BigramModel.HeadDimension);
        }
        graph.Node("Cast", ["present.0.key"], ["present_key_float"], ("to", (long)DataType.Float));
    }
}
