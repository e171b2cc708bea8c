namespace Evaluate.Adapters.Onnx.Prompting.Jinja;

/// <summary>
/// Variables visible at a point of the template. A for loop's body gets a child scope per iteration, so a plain
/// <c>set</c> inside a loop does not leak out (Jinja's rule, which is why templates carry state in a namespace).
/// </summary>
public sealed class Scope(Scope? parent)
{
    private readonly Dictionary<string, object?> _variables = new(StringComparer.Ordinal);

    public object? Lookup(string name)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
            if (scope._variables.TryGetValue(name, out var value)) return value;
        return new Undefined(name);
    }

    public void Set(string name, object? value) => _variables[name] = value;

    public Scope? Parent { get; } = parent;
}
