namespace Evaluate.Suites.Grading.Parsing;

/// <summary>A \cup of intervals or sets.</summary>
public sealed class UnionNode(IReadOnlyList<MathNode> items) : MathNode
{
    public IReadOnlyList<MathNode> Items { get; } = items;
}
