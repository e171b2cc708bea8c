using static Evaluate.Onnx.TestModels.TinyTransformerShape;
using DataType = Onnx.TensorProto.Types.DataType;

namespace Evaluate.Onnx.TestModels;

/// <summary>Small pieces of the tiny transformers' graphs (fresh value names, head reshapes, casts, the mask's attention bias).</summary>
internal sealed class Wiring(GraphBuilder graph)
{
    private int _count;

    /// <summary>The shape and index constants the pieces below read.</summary>
    public void Constants() => graph
        .Longs("zero", [0]).Longs("one", [1])
        .Longs("zero_1d", [0], 1).Longs("one_1d", [1], 1).Longs("two_1d", [2], 1).Longs("max_1d", [long.MaxValue], 1).Longs("one_two_1d", [1, 2], 2)
        .Longs("q_heads_shape", [0, 0, TinyTransformerShape.Heads, HeadSize], 4).Longs("kv_heads_shape", [0, 0, KeyValueHeads, HeadSize], 4)
        .Longs("hidden_shape", [0, 0, Hidden], 3).Longs("repeat_shape", [1, 1, TinyTransformerShape.Heads / KeyValueHeads, 1, 1], 5)
        .Longs("repeated_shape", [0, TinyTransformerShape.Heads, -1, HeadSize], 4)
        .Floats("scale", [1f / MathF.Sqrt(HeadSize)]).Floats("allowed", [0f]).Floats("masked", [-1e4f]);

    public string Op(string op, string[] inputs, params global::Onnx.AttributeProto[] attributes)
    {
        var output = $"{op.ToLowerInvariant()}_{_count++}";
        graph.Node(op, inputs, [output], "", attributes);
        return output;
    }

    /// <summary>[batch, seq, heads * head_size] → [batch, heads, seq, head_size] (BNSH, the cache's layout).</summary>
    public string Heads(string projected, string shape) =>
        Op("Transpose", [Op("Reshape", [projected, shape])], GraphBuilder.Attribute("perm", [0L, 2, 1, 3]));

    /// <summary>transformers' repeat_kv: [b, kv_heads, t, d] → [b, heads, t, d], query head h reading KV head h / (heads / kv_heads).</summary>
    public string RepeatKeyValueHeads(string kv) =>
        Op("Reshape", [Op("Expand", [Op("Unsqueeze", [kv, "two_1d"]), "repeat_shape"]), "repeated_shape"]);

    /// <summary>A Cast to <paramref name="precision"/> (none when it is float32 and no name is asked for).</summary>
    public string CastTo(string value, TensorPrecision precision, string? output = null)
    {
        if (precision == TensorPrecision.Float32 && output is null) return value;
        output ??= $"cast_{_count++}";
        if (precision == TensorPrecision.Float32) graph.Node("Identity", [value], [output]);
        else graph.Node("Cast", [value], [output], ("to", (long)precision.DataType()));
        return output;
    }

    /// <summary>A Cast from <paramref name="precision"/> back to float32 (none when it already is).</summary>
    public string ToFloat(string value, TensorPrecision precision) =>
        precision == TensorPrecision.Float32 ? value : Op("Cast", [value], GraphBuilder.Attribute("to", (long)DataType.Float));

    /// <summary>
    /// The additive attention bias [batch, 1, seq, mask_length] from <c>attention_mask</c>: a key is visible when its mask
    /// entry is 1 and it is not after the query (query i sits at mask_length - seq + i). Also the Slice start that keeps
    /// the last mask_length keys, so the mask's length decides how much of the past is attended.
    /// </summary>
    public (string Bias, string KeepLast) MaskBias()
    {
        var maskLength = Op("Shape", ["attention_mask"], GraphBuilder.Attribute("start", 1));
        var sequenceLength = Op("Shape", ["input_ids"], GraphBuilder.Attribute("start", 1));
        var total = Op("Squeeze", [maskLength]);
        var first = Op("Sub", [total, Op("Squeeze", [sequenceLength])]);
        var keyPositions = Op("Unsqueeze", [Op("Range", ["zero", total, "one"]), "zero_1d"]);
        var queryPositions = Op("Unsqueeze", [Op("Range", [first, total, "one"]), "one_1d"]);
        var causal = Op("LessOrEqual", [keyPositions, queryPositions]);
        var present = Op("Unsqueeze", [Op("Cast", ["attention_mask"], GraphBuilder.Attribute("to", (long)DataType.Bool)), "one_two_1d"]);
        var bias = Op("Where", [Op("And", [causal, present]), "allowed", "masked"]);
        return (bias, Op("Neg", [maskLength]));
    }
}
