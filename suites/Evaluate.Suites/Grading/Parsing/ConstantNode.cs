namespace Evaluate.Suites.Grading.Parsing;

public enum MathConstant { Pi, E, I, Infinity }

public sealed class ConstantNode(MathConstant constant) : MathNode
{
    public MathConstant Constant { get; } = constant;
}
