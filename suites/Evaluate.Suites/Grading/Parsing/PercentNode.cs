namespace Evaluate.Suites.Grading.Parsing;

/// <summary>x\% — evaluates as x; comparison also tries x/100 at the top level.</summary>
public sealed class PercentNode(MathNode argument) : MathNode
{
    public MathNode Argument { get; } = argument;
}
