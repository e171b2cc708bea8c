namespace Evaluate.Adapters.Onnx.Prompting.Jinja;

/// <summary>
/// <c>namespace(a=1)</c>: the one object whose attributes <c>{% set ns.a = … %}</c> may change, so that a value set
/// inside a for loop is seen after it (a plain set inside a loop is local to the loop, as in Jinja).
/// </summary>
public sealed class TemplateNamespace
{
    public Dictionary<string, object?> Attributes { get; } = new(StringComparer.Ordinal);
}
