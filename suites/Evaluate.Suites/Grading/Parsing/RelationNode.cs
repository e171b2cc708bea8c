namespace Evaluate.Suites.Grading.Parsing;

/// <summary>Approximately is written \approx or ≈; chains of = and ≈ state a value (see AnswerComparer).</summary>
public enum RelationKind { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, Approximately }

/// <summary>a op b (op c …): equations and (chained) inequalities.</summary>
public sealed class RelationNode(IReadOnlyList<MathNode> operands, IReadOnlyList<RelationKind> kinds) : MathNode
{
    public IReadOnlyList<MathNode> Operands { get; } = operands;
    public IReadOnlyList<RelationKind> Kinds { get; } = kinds;
}
