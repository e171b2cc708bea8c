using System.Text.Json.Nodes;
using static Evaluate.Onnx.TestModels.TinyTransformerShape;
using DataType = Onnx.TensorProto.Types.DataType;

namespace Evaluate.Onnx.TestModels;

/// <summary>
/// A tiny decoder as onnxruntime-genai's model builder writes it for the CPU: per layer, ONNX Runtime's
/// <c>com.microsoft.GroupQueryAttention</c> contrib op fed a packed QKV projection, with rotary embedding inside the op
/// (<c>do_rotary</c>, cos/sin caches), so the graph has no <c>position_ids</c>; the op's <c>seqlens_k</c>
/// (ReduceSum(attention_mask) - 1, int32) and <c>total_sequence_length</c> (Shape(attention_mask)[1], int32) are
/// computed from the mask as the builder wires them, so the mask's length decides where the new tokens sit. Names and
/// axes are the builder's (<c>input_ids</c>, <c>attention_mask</c> [batch_size, total_sequence_length],
/// <c>past_key_values.{i}.key/.value</c> [batch_size, kv_heads, past_sequence_length, head_size] → <c>logits</c>,
/// <c>present.{i}.*</c> [.., total_sequence_length, ..]), with its genai_config.json. Float16 runs attention and the
/// cache in float16 and returns float16 logits, like the builder's CUDA exports.
/// </summary>
public static class TinyBuilderModel
{
    public const string GraphFile = "model.onnx";

    /// <param name="configJson">Also write a Hugging Face config.json (the builder itself copies none; genai_config.json carries the shape).</param>
    public static void Write(string folder, TensorPrecision precision = TensorPrecision.Float32, int seed = 3, bool configJson = false)
    {
        var weights = new TinyTransformerWeights(seed);
        var graph = new GraphBuilder();
        var wiring = new Wiring(graph);
        graph.Longs("one", [1]).Longs("one_1d", [1], 1);
        var type = precision.DataType();
        graph.Input("input_ids", DataType.Int64, "batch_size", "sequence_length")
            .Input("attention_mask", DataType.Int64, "batch_size", "total_sequence_length");
        for (var layer = 0; layer < Layers; layer++)
            foreach (var half in new[] { "key", "value" })
                graph.Input($"past_key_values.{layer}.{half}", type, "batch_size", KeyValueHeads, "past_sequence_length", HeadSize);
        graph.Floats("embed_tokens", weights.Embedding, TestTokenizer.Instance.Size, Hidden);
        var hidden = wiring.Op("Gather", ["embed_tokens", "input_ids"], GraphBuilder.Attribute("axis", 0));
        var summed = wiring.Op("ReduceSum", ["attention_mask", "one_1d"], GraphBuilder.Attribute("keepdims", 0));
        var seqlensK = wiring.Op("Cast", [wiring.Op("Sub", [summed, "one"])], GraphBuilder.Attribute("to", (long)DataType.Int32));
        var totalLength = wiring.Op("Cast", [wiring.Op("Gather", [wiring.Op("Shape", ["attention_mask"]), "one"], GraphBuilder.Attribute("axis", 0))],
            GraphBuilder.Attribute("to", (long)DataType.Int32));
        var (cos, sin) = RotaryTables();
        if (precision == TensorPrecision.Float16) graph.Float16s("cos_cache", cos, Positions, HeadSize / 2).Float16s("sin_cache", sin, Positions, HeadSize / 2);
        else graph.Floats("cos_cache", cos, Positions, HeadSize / 2).Floats("sin_cache", sin, Positions, HeadSize / 2);
        for (var layer = 0; layer < Layers; layer++)
        {
            var w = weights.Layers[layer];
            var p = $"layers.{layer}.";
            graph.Floats(p + "qkv_proj", PackedQkv(w), Hidden, Hidden + 2 * KeyValueWidth).Floats(p + "o_proj", w.Output, Hidden, Hidden);
            var attended = p + "attn";
            // The builder's CPU graphs pack Q, K and V into one MatMul and pass the result as the op's query (key and value empty).
            graph.Node("GroupQueryAttention",
                [wiring.CastTo(wiring.Op("MatMul", [hidden, p + "qkv_proj"]), precision), "", "", $"past_key_values.{layer}.key", $"past_key_values.{layer}.value",
                    seqlensK, totalLength, "cos_cache", "sin_cache"],
                [attended, $"present.{layer}.key", $"present.{layer}.value"], "com.microsoft",
                GraphBuilder.Attribute("num_heads", Heads), GraphBuilder.Attribute("kv_num_heads", KeyValueHeads),
                GraphBuilder.Attribute("do_rotary", 1), GraphBuilder.Attribute("rotary_interleaved", 0), GraphBuilder.Attribute("local_window_size", -1),
                GraphBuilder.Attribute("scale", 1f / MathF.Sqrt(HeadSize)));
            foreach (var half in new[] { "key", "value" })
                graph.Output($"present.{layer}.{half}", type, "batch_size", KeyValueHeads, "total_sequence_length", HeadSize);
            hidden = wiring.Op("Add", [hidden, wiring.Op("MatMul", [wiring.ToFloat(attended, precision), p + "o_proj"])]);
        }
        graph.Floats("lm_head", weights.Head, Hidden, TestTokenizer.Instance.Size).Floats("lm_bias", weights.HeadBias, TestTokenizer.Instance.Size);
        wiring.CastTo(wiring.Op("Add", [wiring.Op("MatMul", [hidden, "lm_head"]), "lm_bias"]), precision, "logits");
        graph.Output("logits", type, "batch_size", "sequence_length", TestTokenizer.Instance.Size);
        graph.Save(Path.Combine(folder, GraphFile));
        TinyTransformer.WriteFolderFiles(folder, "qwen2");
        if (!configJson) File.Delete(Path.Combine(folder, "config.json"));
        File.WriteAllText(Path.Combine(folder, "genai_config.json"), GenAiConfig().ToJsonString());
    }

    /// <summary>genai_config.json as the builder writes it (the fields the model section carries, and its search defaults).</summary>
    public static JsonObject GenAiConfig()
    {
        var endOfText = TestTokenizer.Instance.Id(TestTokenizer.EndOfText);
        return new JsonObject
        {
            ["model"] = new JsonObject
            {
                ["bos_token_id"] = endOfText,
                ["context_length"] = Positions,
                ["decoder"] = new JsonObject
                {
                    ["session_options"] = new JsonObject { ["log_id"] = "onnxruntime-genai", ["provider_options"] = new JsonArray() },
                    ["filename"] = GraphFile,
                    ["head_size"] = HeadSize,
                    ["hidden_size"] = Hidden,
                    ["inputs"] = new JsonObject
                    {
                        ["input_ids"] = "input_ids", ["attention_mask"] = "attention_mask",
                        ["past_key_names"] = "past_key_values.%d.key", ["past_value_names"] = "past_key_values.%d.value",
                    },
                    ["outputs"] = new JsonObject
                    {
                        ["logits"] = "logits", ["present_key_names"] = "present.%d.key", ["present_value_names"] = "present.%d.value",
                    },
                    ["num_attention_heads"] = Heads,
                    ["num_hidden_layers"] = Layers,
                    ["num_key_value_heads"] = KeyValueHeads,
                },
                ["eos_token_id"] = endOfText,
                ["pad_token_id"] = endOfText,
                ["type"] = "qwen2",
                ["vocab_size"] = TestTokenizer.Instance.Size,
            },
            ["search"] = new JsonObject
            {
                ["do_sample"] = false, ["max_length"] = Positions, ["min_length"] = 0, ["num_beams"] = 1, ["num_return_sequences"] = 1,
                ["past_present_share_buffer"] = true, ["repetition_penalty"] = 1.0, ["temperature"] = 1.0, ["top_k"] = 1, ["top_p"] = 1.0,
            },
        };
    }

    /// <summary>[hidden, q | k | v] row-major: each row is the query, key and value projections' rows side by side.</summary>
    private static float[] PackedQkv(TinyTransformerWeights.LayerWeights weights)
    {
        var packed = new List<float>(Hidden * (Hidden + 2 * KeyValueWidth));
        for (var row = 0; row < Hidden; row++)
            packed.AddRange([.. weights.Query.AsSpan(row * Hidden, Hidden), .. weights.Key.AsSpan(row * KeyValueWidth, KeyValueWidth),
                .. weights.Value.AsSpan(row * KeyValueWidth, KeyValueWidth)]);
        return [.. packed];
    }

    /// <summary>Rotary cos/sin tables [positions, head_size / 2] with base 10000, as the builder stores them.</summary>
    private static (float[] Cos, float[] Sin) RotaryTables()
    {
        var cos = new float[Positions * HeadSize / 2];
        var sin = new float[cos.Length];
        for (var position = 0; position < Positions; position++)
            for (var i = 0; i < HeadSize / 2; i++)
            {
                var angle = position / Math.Pow(10000, 2.0 * i / HeadSize);
                cos[position * HeadSize / 2 + i] = (float)Math.Cos(angle);
                sin[position * HeadSize / 2 + i] = (float)Math.Sin(angle);
            }
        return (cos, sin);
    }
}
