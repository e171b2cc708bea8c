using static Evaluate.Onnx.TestModels.TinyTransformerShape;

namespace Evaluate.Onnx.TestModels;

/// <summary>
/// Made-up weights of a tiny transformer. Each layer draws its own projections, so feeding layer 0's cache to layer 1
/// changes the attention; the LM head can only pick the test tokenizer's words and ".", so the greedy text is words.
/// </summary>
public sealed class TinyTransformerWeights
{
    public TinyTransformerWeights(int seed)
    {
        var draw = new MadeUpWeights((ulong)seed);
        var vocabulary = TestTokenizer.Instance.Size;
        Embedding = draw.Matrix(vocabulary, Hidden, 1f);
        PositionEmbedding = draw.Matrix(Positions, Hidden, 1f);
        // Uniform with variance 1 / fan-in, so activations stay about unit size through the layers; the output projection
        // three times that, so what attention read (past, positions, mask) outweighs the current token in the residual.
        var projection = MathF.Sqrt(3f / Hidden);
        Layers = [.. Enumerable.Range(0, TinyTransformerShape.Layers).Select(_ => new LayerWeights(
            draw.Matrix(Hidden, Hidden, projection), draw.Matrix(Hidden, KeyValueWidth, projection), draw.Matrix(Hidden, KeyValueWidth, projection), draw.Matrix(Hidden, Hidden, 3 * projection)))];
        Head = draw.Matrix(Hidden, vocabulary, 2 * projection);
        HeadBias = [.. Enumerable.Range(0, vocabulary).Select(id => Choices.Contains(id) ? 0f : -1000f)];
    }

    public float[] Embedding { get; }
    public float[] PositionEmbedding { get; }
    public IReadOnlyList<LayerWeights> Layers { get; }
    public float[] Head { get; }
    public float[] HeadBias { get; }

    /// <summary>The only ids the LM head lets win: the test tokenizer's words and "." (never end of text: decodes run to their token limit).</summary>
    public static IReadOnlySet<int> Choices { get; } =
        new HashSet<int>([.. TestTokenizer.Words.Select(w => TestTokenizer.Instance.Id(w)), TestTokenizer.Instance.Id(".")]);

    /// <summary>One layer's projections, [in, out] row-major: query, key, value, output.</summary>
    public sealed record LayerWeights(float[] Query, float[] Key, float[] Value, float[] Output);
}
