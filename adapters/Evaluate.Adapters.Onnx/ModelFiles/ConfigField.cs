namespace Evaluate.Adapters.Onnx.ModelFiles;

/// <summary>Where a model setting was read (file and field), so a refusal can name both.</summary>
public sealed record ConfigField(string File, string Name)
{
    public override string ToString() => $"{File}: {Name}";
}
