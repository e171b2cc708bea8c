namespace Evaluate.Onnx.TestModels;

/// <summary>
/// Deterministic made-up weights (a SplitMix64 stream, so the same seed gives the same floats on every platform and
/// runtime): the tiny transformers' greedy text is fixed by their seeds, and tests compare decodes of one graph.
/// </summary>
public sealed class MadeUpWeights(ulong seed)
{
    private ulong _state = seed;

    /// <summary>Uniform in [-scale, scale).</summary>
    public float Next(float scale)
    {
        _state += 0x9E3779B97F4A7C15UL;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (float)((z >> 11) * (1.0 / (1UL << 53)) * 2 - 1) * scale;
    }

    public float[] Matrix(int rows, int columns, float scale) => [.. Enumerable.Range(0, rows * columns).Select(_ => Next(scale))];
}
