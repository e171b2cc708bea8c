namespace Evaluate.Suites.Grading.Parsing;

/// <summary>\{a, b\}: order and repetition do not matter.</summary>
public sealed class SetNode(IReadOnlyList<MathNode> items) : MathNode
{
    public IReadOnlyList<MathNode> Items { get; } = items;
}
