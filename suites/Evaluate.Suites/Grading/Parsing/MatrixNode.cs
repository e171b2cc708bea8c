namespace Evaluate.Suites.Grading.Parsing;

public sealed class MatrixNode(IReadOnlyList<IReadOnlyList<MathNode>> rows) : MathNode
{
    public IReadOnlyList<IReadOnlyList<MathNode>> Rows { get; } = rows;
}
