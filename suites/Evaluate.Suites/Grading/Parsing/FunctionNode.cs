namespace Evaluate.Suites.Grading.Parsing;

/// <summary>A named function (sin, ln, abs, …); <see cref="LogBase"/> is set for \log_b.</summary>
public sealed class FunctionNode(string name, MathNode argument, MathNode? logBase = null) : MathNode
{
    public string Name { get; } = name;
    public MathNode Argument { get; } = argument;
    public MathNode? LogBase { get; } = logBase;
}
