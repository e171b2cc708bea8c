namespace Evaluate.Suites.Grading.Parsing;

public enum RelationKind { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual }

/// <summary>a op b (op c …): equations and (chained) inequalities.</summary>
public sealed class RelationNode(IReadOnlyList<MathNode> operands, IReadOnlyList<RelationKind> kinds) : MathNode
{
    public IReadOnlyList<MathNode> Operands { get; } = operands;
    public IReadOnlyList<RelationKind> Kinds { get; } = kinds;
}
