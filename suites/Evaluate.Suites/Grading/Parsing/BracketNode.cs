namespace Evaluate.Suites.Grading.Parsing;

/// <summary>A bracketed sequence of two or more items: tuple, point, vector or interval, e.g. (2,12] .</summary>
public sealed class BracketNode(char open, char close, IReadOnlyList<MathNode> items) : MathNode
{
    public char Open { get; } = open;
    public char Close { get; } = close;
    public IReadOnlyList<MathNode> Items { get; } = items;
}
