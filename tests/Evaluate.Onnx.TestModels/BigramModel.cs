using System.Text.Json.Nodes;
using DataType = Onnx.TensorProto.Types.DataType;

namespace Evaluate.Onnx.TestModels;

/// <summary>
/// A lookup-table bigram language model: the logits after token t are row t of a table, so the greedy output is
/// known ("The answer is 24." then end of text) and every log probability can be computed by hand. The key/value
/// variant also carries a one-layer cache (keys and values are embeddings of the fed tokens, concatenated onto the
/// past), so the adapter must feed presents back as pasts; its logits are the same table.
/// </summary>
public static class BigramModel
{
    public const string GreedyText = "The answer is 24.";
    public const int HeadDimension = 4;
    private static readonly string[] Chain = ["The", " answer", " is", " 24", "."];

    public static TestTokenizer Tokenizer => TestTokenizer.Instance;
    public static int Size => Tokenizer.Size;
    public static int EndOfText => Tokenizer.Id(TestTokenizer.EndOfText);

    /// <summary>Logit of <paramref name="next"/> after <paramref name="previous"/>: the chain's successor 3, other words about 1, the rest -30.</summary>
    /// <param name="endless">After "." the chain starts again and end of text is never likely (for benchmarks of long generations).</param>
    public static float Logit(int previous, int next, bool endless = false)
    {
        if (next == Successor(previous, endless)) return 3f;
        if (endless && next == EndOfText) return -30f;
        return Words.Contains(next) ? 1f + 0.25f * ((previous * 3 + next) % 4) : -30f;
    }

    public static double LogProbability(int previous, int next)
    {
        var row = Enumerable.Range(0, Size).Select(c => (double)Logit(previous, c)).ToArray();
        var max = row.Max();
        return row[next] - max - Math.Log(row.Sum(l => Math.Exp(l - max)));
    }

    public static void Write(string folder, BigramVariant? variant = null)
    {
        variant ??= new BigramVariant();
        var width = variant.LogitsWidth ?? Size;
        var table = new float[width * width];
        for (var r = 0; r < width; r++)
            for (var c = 0; c < width; c++) table[r * width + c] = Logit(r, c, variant.Endless);
        var graph = new GraphBuilder()
            .Input(variant.InputName, DataType.Int64, "batch", "sequence")
            .Input("attention_mask", DataType.Int64, "batch", "total")
            .Floats("table", table, width, width)
            .Node("Gather", ["table", variant.InputName], [variant.LogitsName], ("axis", 0))
            .Output(variant.LogitsName, DataType.Float, "batch", "sequence", width);
        if (variant.KeyValueCache) AddCache(graph, width, variant.InputName);
        if (variant.MergedDecoderInputs)
            graph.Input("position_ids", DataType.Int64, "batch", "sequence").Input("use_cache_branch", DataType.Bool, 1);
        if (variant.GenAiConfig is { } genAi) File.WriteAllText(Path.Combine(folder, "genai_config.json"), genAi);
        graph.Save(Path.Combine(folder, variant.GraphFile));
        Tokenizer.Write(Path.Combine(folder, "tokenizer.json"));
        var config = new JsonObject { ["model_type"] = "test-bigram", ["eos_token_id"] = EndOfText, ["num_attention_heads"] = 1, ["hidden_size"] = HeadDimension };
        if (variant.ConfigVocabularySize is { } size) config["vocab_size"] = size;
        if (variant.ContextLength is { } context) config["max_position_embeddings"] = context;
        File.WriteAllText(Path.Combine(folder, "config.json"), config.ToJsonString());
        File.WriteAllText(Path.Combine(folder, "generation_config.json"), new JsonObject { ["eos_token_id"] = EndOfText }.ToJsonString());
    }

    private static void AddCache(GraphBuilder graph, int width, string inputName)
    {
        var embedding = new float[width * HeadDimension];
        for (var i = 0; i < embedding.Length; i++) embedding[i] = i % 7 * 0.5f;
        graph.Floats("embedding", embedding, width, HeadDimension)
            .Longs("head_axis", [1], 1)
            .Node("Gather", ["embedding", inputName], ["fed"], ("axis", 0))
            .Node("Unsqueeze", ["fed", "head_axis"], ["fed_heads"]);
        foreach (var half in new[] { "key", "value" })
        {
            graph.Input($"past_key_values.0.{half}", DataType.Float, "batch", 1, "past", HeadDimension)
                .Node("Concat", [$"past_key_values.0.{half}", "fed_heads"], [$"present.0.{half}"], ("axis", 2))
                .Output($"present.0.{half}", DataType.Float, "batch", 1, "total", HeadDimension);
        }
    }

    private static int Successor(int token, bool endless)
    {
        for (var i = 0; i < Chain.Length; i++)
            if (token == Tokenizer.Id(Chain[i])) return i + 1 < Chain.Length ? Tokenizer.Id(Chain[i + 1]) : endless ? Tokenizer.Id(Chain[0]) : EndOfText;
        return Tokenizer.Id(Chain[0]);
    }

    private static HashSet<int> Words { get; } =
        [.. TestTokenizer.Words.Select(w => Tokenizer.Id(w)), Tokenizer.Id("."), EndOfText];
}
