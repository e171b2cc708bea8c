namespace Evaluate.Adapters.Onnx.Prompting.Jinja;

/// <summary>
/// A missing variable, key or attribute, as Jinja's default Undefined: false, empty when printed or iterated, and an
/// error when anything else is asked of it (its attribute, arithmetic), naming what was missing.
/// </summary>
public sealed class Undefined(string name)
{
    public string Name { get; } = name;

    public override string ToString() => "";
}
