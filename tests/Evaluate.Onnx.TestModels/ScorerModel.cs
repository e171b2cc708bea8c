using System.Text.Json.Nodes;
using DataType = Onnx.TensorProto.Types.DataType;

namespace Evaluate.Onnx.TestModels;

/// <summary>
/// A scorer whose logit is a known function of the tokens: each " 24" adds 2, each " 23" subtracts 1, every other token
/// adds 0. The outcome variant sums over the (masked) sequence into [batch, 1]; the process variant gives the running
/// sum at every position, [batch, length, 1]. The pad id is " 24" itself, so padding that leaks past the mask shows.
/// </summary>
public static class ScorerModel
{
    public static double Weight(int token) =>
        token == TestTokenizer.Instance.Id(" 24") ? 2 : token == TestTokenizer.Instance.Id(" 23") ? -1 : 0;

    public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    /// <summary>The scorer's context length in config.json (longer texts are refused).</summary>
    public const int ContextLength = 64;

    public static void Write(string folder, bool perStep)
    {
        var tokenizer = TestTokenizer.Instance;
        var weights = Enumerable.Range(0, tokenizer.Size).Select(t => (float)Weight(t)).ToArray();
        var graph = new GraphBuilder()
            .Input("input_ids", DataType.Int64, "batch", "sequence")
            .Input("attention_mask", DataType.Int64, "batch", "sequence")
            .Floats("weights", weights, tokenizer.Size, 1)
            .Longs("last_axis", [2], 1)
            .Longs("sequence_axis", [1], 1)
            .Node("Gather", ["weights", "input_ids"], ["token_weights"], ("axis", 0))
            .Node("Cast", ["attention_mask"], ["mask_float"], ("to", (long)DataType.Float))
            .Node("Unsqueeze", ["mask_float", "last_axis"], ["mask_column"])
            .Node("Mul", ["token_weights", "mask_column"], ["masked"]);
        if (perStep)
            graph.Longs("sequence_axis_scalar", [1])
                .Node("CumSum", ["masked", "sequence_axis_scalar"], ["logits"])
                .Output("logits", DataType.Float, "batch", "sequence", 1);
        else
            graph.Node("ReduceSum", ["masked", "sequence_axis"], ["logits"], ("keepdims", 0))
                .Output("logits", DataType.Float, "batch", 1);
        graph.Save(Path.Combine(folder, "model.onnx"));
        tokenizer.Write(Path.Combine(folder, "tokenizer.json"));
        File.WriteAllText(Path.Combine(folder, "config.json"), new JsonObject
        {
            ["model_type"] = "test-scorer", ["vocab_size"] = tokenizer.Size, ["num_labels"] = 1, ["pad_token_id"] = tokenizer.Id(" 24"), ["max_position_embeddings"] = ContextLength,
        }.ToJsonString());
    }
}
