namespace Evaluate.Suites.Grading.Parsing;

public sealed class PowerNode(MathNode baseNode, MathNode exponent) : MathNode
{
    public MathNode Base { get; } = baseNode;
    public MathNode Exponent { get; } = exponent;
}
