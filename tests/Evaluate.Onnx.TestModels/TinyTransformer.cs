using System.Text.Json.Nodes;
using static Evaluate.Onnx.TestModels.TinyTransformerShape;
using DataType = Onnx.TensorProto.Types.DataType;

namespace Evaluate.Onnx.TestModels;

/// <summary>
/// A tiny decoder-only transformer in Hugging Face optimum's export layouts, built from standard ONNX ops (opset 17)
/// with made-up weights. Names, symbolic axes and dtypes are optimum's (<c>input_ids</c>, <c>attention_mask</c>,
/// <c>position_ids</c>, <c>past_key_values.{i}.key/.value</c> [batch_size, kv_heads, past_sequence_length, head_size]
/// → <c>logits</c>, <c>present.{i}.*</c>). It is built so that feeding mistakes change the greedy text instead of
/// passing unnoticed: a learned position embedding read at <c>position_ids</c> (wrong positions change the hidden
/// state), two layers with their own weights (swapped caches change the attention), and attention over the last
/// <c>attention_mask</c>-length keys with a causal mask from that length (a short mask hides the past; a long one fails).
/// Key/value heads are repeated to the query heads as transformers' repeat_kv does (head h reads KV head h / 2).
/// A float16/bfloat16 cache rounds the new keys/values to that type before attention, so a cached decode and a
/// whole-sequence decode see the same numbers.
/// </summary>
public static class TinyTransformer
{
    public static void Write(string folder, TinyTransformerVariant variant)
    {
        var weights = new TinyTransformerWeights(variant.Seed);
        var graph = new GraphBuilder();
        var wiring = new Wiring(graph);
        var cached = variant.Layout != OptimumLayout.WithoutPast;
        var totalAxis = cached ? "past_sequence_length + sequence_length" : "sequence_length";
        graph.Input("input_ids", DataType.Int64, "batch_size", "sequence_length")
            .Input("attention_mask", DataType.Int64, "batch_size", totalAxis)
            .Input("position_ids", DataType.Int64, "batch_size", "sequence_length");
        wiring.Constants();
        graph.Floats("embed_tokens", weights.Embedding, TestTokenizer.Instance.Size, Hidden)
            .Floats("embed_positions", weights.PositionEmbedding, Positions, Hidden);
        var tokens = wiring.Op("Gather", ["embed_tokens", "input_ids"], Attr("axis", 0));
        var positions = wiring.Op("Gather", ["embed_positions", "position_ids"], Attr("axis", 0));
        var hidden = wiring.Op("Add", [tokens, positions]);
        var (bias, keep) = wiring.MaskBias();
        var pasts = cached ? Pasts(graph, variant) : null;
        for (var layer = 0; layer < Layers; layer++)
            hidden = Layer(graph, wiring, weights.Layers[layer], layer, hidden, bias, keep, variant.Cache, pasts);
        graph.Floats("lm_head", weights.Head, Hidden, TestTokenizer.Instance.Size).Floats("lm_bias", weights.HeadBias, TestTokenizer.Instance.Size);
        var logits = wiring.Op("Add", [wiring.Op("MatMul", [hidden, "lm_head"]), "lm_bias"]);
        wiring.CastTo(logits, variant.Logits, "logits");
        graph.Output("logits", variant.Logits.DataType(), "batch_size", "sequence_length", TestTokenizer.Instance.Size);
        graph.Save(Path.Combine(folder, variant.GraphFile));
        WriteFolderFiles(folder, "qwen2");
    }

    /// <summary>tokenizer.json, config.json (attention shape, context length, end of text) and generation_config.json.</summary>
    public static void WriteFolderFiles(string folder, string modelType)
    {
        TestTokenizer.Instance.Write(Path.Combine(folder, "tokenizer.json"));
        var endOfText = TestTokenizer.Instance.Id(TestTokenizer.EndOfText);
        File.WriteAllText(Path.Combine(folder, "config.json"), new JsonObject
        {
            ["model_type"] = modelType, ["vocab_size"] = TestTokenizer.Instance.Size, ["hidden_size"] = Hidden, ["num_hidden_layers"] = Layers,
            ["num_attention_heads"] = Heads, ["num_key_value_heads"] = KeyValueHeads, ["max_position_embeddings"] = Positions, ["eos_token_id"] = endOfText,
        }.ToJsonString());
        File.WriteAllText(Path.Combine(folder, "generation_config.json"), new JsonObject { ["eos_token_id"] = endOfText }.ToJsonString());
    }

    /// <summary>
    /// The past inputs, and what each layer reads of them. The merged decoder reads them only when
    /// <c>use_cache_branch</c> is true (an If node; its other branch sees an empty past, like optimum's no-past subgraph).
    /// </summary>
    private static string[] Pasts(GraphBuilder graph, TinyTransformerVariant variant)
    {
        var names = new List<string>();
        for (var layer = 0; layer < Layers; layer++)
            foreach (var half in new[] { "key", "value" })
            {
                var name = $"past_key_values.{layer}.{half}";
                graph.Input(name, variant.Cache.DataType(), "batch_size", KeyValueHeads, "past_sequence_length", HeadSize);
                names.Add(name);
            }
        if (variant.Layout != OptimumLayout.MergedDecoder) return [.. names];
        graph.Input("use_cache_branch", DataType.Bool, 1);
        var withPast = new GraphBuilder();
        var withoutPast = new GraphBuilder();
        foreach (var name in names)
        {
            withPast.Node("Identity", [name], [$"{name}/read"]).Output($"{name}/read", variant.Cache.DataType(), "batch_size", KeyValueHeads, "past_sequence_length", HeadSize);
            withoutPast.Node("Slice", [name, "zero_1d", "zero_1d", "two_1d"], [$"{name}/none"]).Output($"{name}/none", variant.Cache.DataType(), "batch_size", KeyValueHeads, 0, HeadSize);
        }
        var read = names.Select(n => $"{n}/used").ToArray();
        graph.Node("If", ["use_cache_branch"], read, "",
            GraphBuilder.Attribute("then_branch", withPast.AsSubgraph("with_past")), GraphBuilder.Attribute("else_branch", withoutPast.AsSubgraph("without_past")));
        return read;
    }

    private static string Layer(GraphBuilder graph, Wiring wiring, TinyTransformerWeights.LayerWeights weights, int layer, string hidden,
        string bias, string keep, TensorPrecision cache, string[]? pasts)
    {
        var p = $"layers.{layer}.";
        graph.Floats(p + "q_proj", weights.Query, Hidden, Hidden).Floats(p + "k_proj", weights.Key, Hidden, KeyValueWidth)
            .Floats(p + "v_proj", weights.Value, Hidden, KeyValueWidth).Floats(p + "o_proj", weights.Output, Hidden, Hidden);
        var query = wiring.Heads(wiring.Op("MatMul", [hidden, p + "q_proj"]), "q_heads_shape");
        string Cached(string projection, string half)
        {
            var heads = wiring.Heads(wiring.Op("MatMul", [hidden, p + projection]), "kv_heads_shape");
            if (pasts is null) return heads;
            var present = $"present.{layer}.{half}";
            var rounded = wiring.CastTo(heads, cache);
            graph.Node("Concat", [pasts[2 * layer + (half == "key" ? 0 : 1)], rounded], [present], ("axis", 2))
                .Output(present, cache.DataType(), "batch_size", KeyValueHeads, "past_sequence_length + sequence_length", HeadSize);
            return wiring.ToFloat(present, cache);
        }
        var keys = wiring.RepeatKeyValueHeads(wiring.Op("Slice", [Cached("k_proj", "key"), keep, "max_1d", "two_1d"]));
        var values = wiring.RepeatKeyValueHeads(wiring.Op("Slice", [Cached("v_proj", "value"), keep, "max_1d", "two_1d"]));
        var scores = wiring.Op("Mul", [wiring.Op("MatMul", [query, wiring.Op("Transpose", [keys], GraphBuilder.Attribute("perm", [0L, 1, 3, 2]))]), "scale"]);
        var attention = wiring.Op("Softmax", [wiring.Op("Add", [scores, bias])], Attr("axis", -1));
        var mixed = wiring.Op("Transpose", [wiring.Op("MatMul", [attention, values])], GraphBuilder.Attribute("perm", [0L, 2, 1, 3]));
        var merged = wiring.Op("Reshape", [mixed, "hidden_shape"]);
        return wiring.Op("Add", [hidden, wiring.Op("MatMul", [merged, p + "o_proj"])]);
    }

    private static global::Onnx.AttributeProto Attr(string name, long value) => GraphBuilder.Attribute(name, value);
}
