namespace Evaluate.Adapters.Onnx.Prompting.Jinja;

/// <summary>A callable value: a global function (<c>raise_exception</c>, <c>namespace</c>, <c>range</c>…) or a bound method.</summary>
public sealed record TemplateFunction(string Name, Func<CallArguments, object?> Invoke);

/// <summary>Evaluated arguments of a call, filter or test.</summary>
public sealed record CallArguments(IReadOnlyList<object?> Positional, IReadOnlyDictionary<string, object?> Named)
{
    public static CallArguments Empty { get; } = new([], new Dictionary<string, object?>());

    /// <summary>The argument at <paramref name="index"/> or named <paramref name="name"/>, else <paramref name="fallback"/>.</summary>
    public object? Get(int index, string name, object? fallback = null) =>
        index < Positional.Count ? Positional[index] : Named.TryGetValue(name, out var value) ? value : fallback;

    public bool Has(int index, string name) => index < Positional.Count || Named.ContainsKey(name);
}

/// <summary>An error raised while rendering; the renderer adds the position of the expression that caused it.</summary>
public sealed class TemplateRuntimeException(string message) : Exception(message);
