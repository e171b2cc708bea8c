namespace Evaluate.Suites.Grading.Parsing;

public sealed class FactorialNode(MathNode argument) : MathNode
{
    public MathNode Argument { get; } = argument;
}
