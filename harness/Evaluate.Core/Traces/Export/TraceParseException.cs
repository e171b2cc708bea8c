namespace Evaluate.Core.Traces.Export;

/// <summary>A linearised trace that does not parse back into a tree: names the line (1-based) and what is wrong.</summary>
public sealed class TraceParseException(int line, string message) : Exception($"line {line}: {message}")
{
    public int Line { get; } = line;
}
