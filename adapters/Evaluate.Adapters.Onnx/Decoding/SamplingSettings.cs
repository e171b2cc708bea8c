namespace Evaluate.Adapters.Onnx.Decoding;

/// <summary>How tokens are chosen: temperature 0 is greedy (ties to the lowest id); top-k 0 and top-p 1 disable those filters.</summary>
public sealed record SamplingSettings(double Temperature, double TopP, int TopK)
{
    public bool Greedy => Temperature <= 0;
}
