using System.Text.Json.Nodes;
using DataType = Onnx.TensorProto.Types.DataType;

namespace Evaluate.Onnx.TestModels;

/// <summary>
/// Model folders laid out as each exporter writes them, around the bigram table (greedy text
/// <see cref="BigramModel.GreedyText"/>): the graph's names, axes and file places are the exporter's, the weights
/// are made up. One cached layer: keys and values are embeddings of the fed tokens concatenated onto the past, so a
/// cache of the wrong shape fails inside ONNX Runtime.
/// </summary>
public static class ExportFolders
{
    public const int KeyValueHeads = 1;

    /// <summary>Files written by <c>optimum-cli export onnx --task text-generation-with-past</c>.</summary>
    public static void Optimum(string folder)
    {
        WriteGraph(Path.Combine(folder, "model.onnx"), ExportSignature.Optimum);
        WriteHuggingFaceFiles(folder);
    }

    /// <summary>
    /// Files written by <c>python -m onnxruntime_genai.models.builder</c>: model.onnx, genai_config.json and the
    /// tokenizer, no config.json. <paramref name="edit"/> changes the genai_config.json before it is written.
    /// </summary>
    public static void Builder(string folder, Action<JsonObject>? edit = null)
    {
        WriteGraph(Path.Combine(folder, "model.onnx"), ExportSignature.BuilderSymbolic);
        var genAi = GenAiConfig();
        edit?.Invoke(genAi);
        File.WriteAllText(Path.Combine(folder, "genai_config.json"), genAi.ToJsonString());
        BigramModel.Tokenizer.Write(Path.Combine(folder, "tokenizer.json"));
    }

    /// <summary>
    /// An onnx-community (transformers.js) repository: config.json, generation_config.json and tokenizer.json at the
    /// root; the graphs in onnx/. <c>onnx/model.onnx</c> is the endless variant (it never ends its chain) so a test can
    /// tell which graph ran; <c>onnx/model_q4.onnx</c> keeps its weights in <c>onnx/model_q4.onnx_data</c>.
    /// </summary>
    public static void OnnxCommunity(string folder)
    {
        var graphs = Directory.CreateDirectory(Path.Combine(folder, "onnx")).FullName;
        WriteGraph(Path.Combine(graphs, "model.onnx"), ExportSignature.Optimum, endless: true);
        WriteGraph(Path.Combine(graphs, "model_q4.onnx"), ExportSignature.Optimum, externalData: "model_q4.onnx_data");
        WriteHuggingFaceFiles(folder);
    }

    /// <summary>The bigram table as one exporter's decoder graph; weights in <paramref name="externalData"/> when given.</summary>
    public static void WriteGraph(string path, ExportSignature signature, bool endless = false, string? externalData = null,
        Action<GraphBuilder>? extra = null)
    {
        var width = BigramModel.Size;
        var table = new float[width * width];
        for (var r = 0; r < width; r++)
            for (var c = 0; c < width; c++) table[r * width + c] = BigramModel.Logit(r, c, endless);
        var embedding = new float[width * BigramModel.HeadDimension];
        for (var i = 0; i < embedding.Length; i++) embedding[i] = i % 7 * 0.5f;
        var graph = new GraphBuilder()
            .Input("input_ids", DataType.Int64, signature.Batch, signature.Sequence)
            .Input("attention_mask", DataType.Int64, signature.Batch, signature.Total);
        if (signature.PositionIds) graph.Input("position_ids", DataType.Int64, signature.Batch, signature.Sequence);
        if (externalData is null)
            graph.Floats("table", table, width, width).Floats("embedding", embedding, width, BigramModel.HeadDimension);
        else
            graph.ExternalFloats("table", table, externalData, width, width).ExternalFloats("embedding", embedding, externalData, width, BigramModel.HeadDimension);
        graph.Node("Gather", ["table", "input_ids"], ["logits"], ("axis", 0))
            .Longs("head_axis", [1], 1)
            .Node("Gather", ["embedding", "input_ids"], ["fed"], ("axis", 0))
            .Node("Unsqueeze", ["fed", "head_axis"], ["fed_heads"]);
        foreach (var (past, present) in new[] { (signature.PastKey, signature.PresentKey), (signature.PastValue, signature.PresentValue) })
        {
            var pastName = ExportSignature.Layer(past, 0);
            var presentName = ExportSignature.Layer(present, 0);
            graph.Input(pastName, DataType.Float, signature.Batch, signature.KeyValueHeads, signature.Past, signature.HeadSize)
                .Node("Concat", [pastName, "fed_heads"], [presentName], ("axis", 2))
                .Output(presentName, DataType.Float, signature.Batch, signature.KeyValueHeads, signature.Total, signature.HeadSize);
        }
        graph.Output("logits", DataType.Float, signature.Batch, signature.Sequence, width);
        extra?.Invoke(graph);
        graph.Save(path);
    }

    /// <summary>The genai_config.json the builder writes for this model (its fields and nesting).</summary>
    public static JsonObject GenAiConfig() => new()
    {
        ["model"] = new JsonObject
        {
            ["bos_token_id"] = BigramModel.EndOfText,
            ["context_length"] = 64,
            ["decoder"] = new JsonObject
            {
                ["session_options"] = new JsonObject { ["log_id"] = "onnxruntime-genai", ["provider_options"] = new JsonArray() },
                ["filename"] = "model.onnx",
                ["head_size"] = BigramModel.HeadDimension,
                ["hidden_size"] = BigramModel.HeadDimension * KeyValueHeads,
                ["inputs"] = new JsonObject
                {
                    ["input_ids"] = "input_ids",
                    ["attention_mask"] = "attention_mask",
                    ["position_ids"] = "position_ids",
                    ["past_key_names"] = "past_key_values.%d.key",
                    ["past_value_names"] = "past_key_values.%d.value",
                },
                ["outputs"] = new JsonObject
                {
                    ["logits"] = "logits",
                    ["present_key_names"] = "present.%d.key",
                    ["present_value_names"] = "present.%d.value",
                },
                ["num_attention_heads"] = KeyValueHeads,
                ["num_hidden_layers"] = 1,
                ["num_key_value_heads"] = KeyValueHeads,
            },
            ["eos_token_id"] = new JsonArray(BigramModel.EndOfText),
            ["pad_token_id"] = BigramModel.EndOfText,
            ["type"] = "qwen2",
            ["vocab_size"] = BigramModel.Size,
        },
        ["search"] = new JsonObject { ["do_sample"] = false, ["max_length"] = 64, ["past_present_share_buffer"] = false, ["top_k"] = 1 },
    };

    private static void WriteHuggingFaceFiles(string folder)
    {
        BigramModel.Tokenizer.Write(Path.Combine(folder, "tokenizer.json"));
        var config = new JsonObject
        {
            ["model_type"] = "qwen2", ["eos_token_id"] = BigramModel.EndOfText, ["num_attention_heads"] = KeyValueHeads,
            ["num_key_value_heads"] = KeyValueHeads, ["hidden_size"] = BigramModel.HeadDimension, ["num_hidden_layers"] = 1,
            ["vocab_size"] = BigramModel.Size, ["max_position_embeddings"] = 64,
        };
        File.WriteAllText(Path.Combine(folder, "config.json"), config.ToJsonString());
        File.WriteAllText(Path.Combine(folder, "generation_config.json"), new JsonObject { ["eos_token_id"] = BigramModel.EndOfText }.ToJsonString());
    }
}
