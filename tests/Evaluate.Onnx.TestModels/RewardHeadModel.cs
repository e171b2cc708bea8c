using System.Text.Json.Nodes;
using DataType = Onnx.TensorProto.Types.DataType;

namespace Evaluate.Onnx.TestModels;

/// <summary>
/// Reward graphs of each exported head layout whose scores are known functions of the tokens, so that reading the wrong
/// position, label, row or dtype gives a different number. Each token has a weight (" 24": 2, " 23": -1, the step tag
/// &lt;step&gt;: 0.5, any other: 0); v is the running sum of the weights up to a position, unmasked, as a causal model sees
/// it (so a padded position has its own, different value: the pad id is " 24"). Heads:
/// <list type="bullet">
/// <item>token head: [batch, sequence, 1] = v, or [batch, sequence, 2] = (-v, v): label 1 scores sigmoid(2v);</item>
/// <item>sequence head: the masked sum S as [batch, 1] = S or [batch, 2] = (-S, S);</item>
/// <item>language-model head: [batch, sequence, vocab] with logit v for '+', -v for '-' and 4 for every other token, so
/// P('+') over the two labels is sigmoid(2v), and a softmax over the whole vocabulary gives a different number. Its
/// position_ids input must be fed as optimum does (cumsum(attention_mask) - 1 at real tokens): any other value adds
/// 10 × the difference to v.</item>
/// </list>
/// Logits are computed in float and cast at the end when a float16 or bfloat16 variant is asked for; every value the
/// tests read is a multiple of 0.25 and small, so it is exact in either.
/// </summary>
public static class RewardHeadModel
{
    public const string StepTag = TestTokenizer.StepToken;
    public const string Good = "+";
    public const string Bad = "-";
    private const float OtherTokenLogit = 4;

    public static double Weight(int token)
    {
        var tokenizer = TestTokenizer.Instance;
        return token == tokenizer.Id(" 24") ? 2 : token == tokenizer.Id(" 23") ? -1 : token == tokenizer.Id(StepTag) ? 0.5 : 0;
    }

    public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    public static void Write(string folder, RewardHeadVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var tokenizer = TestTokenizer.Instance;
        var vocabulary = tokenizer.Size;
        var (batch, sequence) = variant.Layout == RewardHeadLayout.LanguageModel ? ("batch_size", "sequence_length") : ("batch", "sequence");
        var graph = new GraphBuilder()
            .Input("input_ids", DataType.Int64, batch, sequence)
            .Input("attention_mask", DataType.Int64, batch, sequence)
            .Floats("weights", [.. Enumerable.Range(0, vocabulary).Select(t => (float)Weight(t))], vocabulary, 1)
            .Longs("last_axis", [2], 1)
            .Longs("sequence_axes", [1], 1)
            .Longs("sequence_axis", [1])
            .Node("Gather", ["weights", "input_ids"], ["token_weights"], ("axis", 0));
        var logits = variant.Layout switch
        {
            RewardHeadLayout.Sequence => SequenceHead(graph, variant.Labels),
            RewardHeadLayout.Token => TokenHead(graph, variant.Labels),
            _ => LanguageModelHead(graph, batch, sequence),
        };
        object[] dims = variant.Layout switch
        {
            RewardHeadLayout.Sequence => [batch, variant.Labels],
            RewardHeadLayout.Token => [batch, sequence, variant.Labels],
            _ => [batch, sequence, vocabulary],
        };
        if (variant.LogitsType == DataType.Float)
            graph.Node("Identity", [logits], ["logits"]);
        else
            graph.Node("Cast", [logits], ["logits"], ("to", (long)variant.LogitsType));
        graph.Output("logits", variant.LogitsType, dims);
        graph.Save(Path.Combine(folder, "model.onnx"));
        tokenizer.Write(Path.Combine(folder, "tokenizer.json"));
        File.WriteAllText(Path.Combine(folder, "config.json"), new JsonObject
        {
            ["model_type"] = "test-reward", ["vocab_size"] = vocabulary, ["num_labels"] = variant.Labels,
            ["pad_token_id"] = tokenizer.Id(" 24"), ["max_position_embeddings"] = ScorerModel.ContextLength,
        }.ToJsonString());
    }

    private static string SequenceHead(GraphBuilder graph, int labels)
    {
        graph.Node("Cast", ["attention_mask"], ["mask_float"], ("to", (long)DataType.Float))
            .Node("Unsqueeze", ["mask_float", "last_axis"], ["mask_column"])
            .Node("Mul", ["token_weights", "mask_column"], ["masked"])
            .Node("ReduceSum", ["masked", "sequence_axes"], ["sum"], ("keepdims", 0));
        return PairedLabels(graph, "sum", labels, axis: 1);
    }

    private static string TokenHead(GraphBuilder graph, int labels)
    {
        graph.Node("CumSum", ["token_weights", "sequence_axis"], ["running"]);
        return PairedLabels(graph, "running", labels, axis: 2);
    }

    /// <summary>One label: the value itself; two: (-value, value).</summary>
    private static string PairedLabels(GraphBuilder graph, string value, int labels, long axis)
    {
        if (labels == 1) return value;
        if (labels != 2) throw new ArgumentOutOfRangeException(nameof(labels), labels, "the test heads have 1 or 2 labels");
        graph.Node("Neg", [value], ["negated"]).Node("Concat", ["negated", value], ["paired"], ("axis", axis));
        return "paired";
    }

    private static string LanguageModelHead(GraphBuilder graph, string batch, string sequence)
    {
        var tokenizer = TestTokenizer.Instance;
        var vocabulary = tokenizer.Size;
        var slope = new float[vocabulary];
        var offset = Enumerable.Repeat(OtherTokenLogit, vocabulary).ToArray();
        slope[tokenizer.Id(Good)] = 1;
        slope[tokenizer.Id(Bad)] = -1;
        offset[tokenizer.Id(Good)] = offset[tokenizer.Id(Bad)] = 0;
        graph.Input("position_ids", DataType.Int64, batch, sequence)
            .Longs("one", [1])
            .Floats("misfed_weight", [10])
            .Floats("slope", slope, vocabulary)
            .Floats("offset", offset, vocabulary)
            // optimum's position ids at real tokens: the running count of mask ones, minus one.
            .Node("CumSum", ["attention_mask", "sequence_axis"], ["mask_count"])
            .Node("Sub", ["mask_count", "one"], ["expected_positions"])
            .Node("Sub", ["position_ids", "expected_positions"], ["position_error"])
            .Node("Cast", ["position_error"], ["position_error_float"], ("to", (long)DataType.Float))
            .Node("Mul", ["position_error_float", "misfed_weight"], ["position_penalty"])
            .Node("Unsqueeze", ["position_penalty", "last_axis"], ["position_column"])
            .Node("CumSum", ["token_weights", "sequence_axis"], ["running"])
            .Node("Add", ["running", "position_column"], ["value"])
            .Node("Mul", ["value", "slope"], ["sloped"])
            .Node("Add", ["sloped", "offset"], ["vocabulary_logits"]);
        return "vocabulary_logits";
    }
}
