using System.Text.Json.Nodes;
using DataType = Onnx.TensorProto.Types.DataType;

namespace Evaluate.Onnx.TestModels;

/// <summary>
/// A graph with Qwen2.5-0.5B's inputs and outputs as optimum exports them (vocabulary 151,936, 24 layers, 2 KV heads,
/// head_dim 64; fp32 logits and cache) but trivial compute: the logits are one value per token broadcast to the
/// vocabulary's width, and each present is its past with a cheap projection of the new ids appended. It allocates
/// what the real model's inputs and outputs allocate (logits, cache), not its weights or activations, which is what
/// a memory measurement of the decode loop needs. Uses the test tokenizer (its ids fit the vocabulary).
/// </summary>
public static class QwenShapedModel
{
    public const int VocabularySize = 151_936;
    public const int Layers = 24;
    public const int KeyValueHeads = 2;
    public const int HeadDimension = 64;
    public const int AttentionHeads = 14;
    private const int TableRows = 16;

    /// <param name="logitsToKeep">Also declare <c>num_logits_to_keep</c> (int64 scalar), as newer exports do.</param>
    public static void Write(string folder, bool logitsToKeep = false)
    {
        var graph = new GraphBuilder()
            .Input("input_ids", DataType.Int64, "batch_size", "sequence_length")
            .Input("attention_mask", DataType.Int64, "batch_size", "total_sequence_length")
            .Input("position_ids", DataType.Int64, "batch_size", "sequence_length")
            .Longs("table_rows", [TableRows])
            .Node("Mod", ["input_ids", "table_rows"], ["row"])
            .Floats("table", [.. Enumerable.Range(0, TableRows).Select(i => i * 0.125f)], TableRows, 1)
            .Node("Gather", ["table", "row"], ["token_logit"], ("axis", 0))
            .Longs("vocabulary_shape", [1, 1, VocabularySize], 3)
            .Node("Expand", ["token_logit", "vocabulary_shape"], ["all_logits"]);
        var projection = Enumerable.Range(0, TableRows * KeyValueHeads * HeadDimension).Select(i => (i % 13) * 0.01f).ToArray();
        graph.Floats("projection", projection, TableRows, KeyValueHeads, HeadDimension)
            .Node("Gather", ["projection", "row"], ["projected"], ("axis", 0))
            .Node("Transpose", ["projected"], ["fed"], "perm", [0, 2, 1, 3]);
        for (var layer = 0; layer < Layers; layer++)
            foreach (var half in new[] { "key", "value" })
                graph.Input($"past_key_values.{layer}.{half}", DataType.Float, "batch_size", KeyValueHeads, "past_sequence_length", HeadDimension)
                    .Node("Concat", [$"past_key_values.{layer}.{half}", "fed"], [$"present.{layer}.{half}"], ("axis", 2))
                    .Output($"present.{layer}.{half}", DataType.Float, "batch_size", KeyValueHeads, "total_sequence_length", HeadDimension);
        if (logitsToKeep)
            graph.Input("num_logits_to_keep", DataType.Int64)
                .Longs("keep_axis", [0], 1)
                .Longs("slice_end", [long.MaxValue], 1)
                .Longs("slice_axis", [1], 1)
                .Node("Unsqueeze", ["num_logits_to_keep", "keep_axis"], ["keep_vector"])
                .Node("Neg", ["keep_vector"], ["slice_start"])
                .Node("Slice", ["all_logits", "slice_start", "slice_end", "slice_axis"], ["logits"])
                .Output("logits", DataType.Float, "batch_size", "kept_length", VocabularySize);
        else
            graph.Node("Identity", ["all_logits"], ["logits"]).Output("logits", DataType.Float, "batch_size", "sequence_length", VocabularySize);
        graph.Save(Path.Combine(folder, "model.onnx"));
        TestTokenizer.Instance.Write(Path.Combine(folder, "tokenizer.json"));
        File.WriteAllText(Path.Combine(folder, "config.json"), new JsonObject
        {
            ["model_type"] = "qwen2", ["vocab_size"] = VocabularySize, ["num_hidden_layers"] = Layers, ["num_attention_heads"] = AttentionHeads,
            ["num_key_value_heads"] = KeyValueHeads, ["hidden_size"] = AttentionHeads * HeadDimension, ["max_position_embeddings"] = 32_768,
            ["eos_token_id"] = BigramModel.EndOfText,
        }.ToJsonString());
    }
}
