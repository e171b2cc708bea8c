namespace Evaluate.Suites.Grading.Parsing;

/// <summary>A bare comma-separated answer "3, 5, 7".</summary>
public sealed class ListNode(IReadOnlyList<MathNode> items) : MathNode
{
    public IReadOnlyList<MathNode> Items { get; } = items;
}
