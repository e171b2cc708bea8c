namespace Evaluate.Suites.Grading.Parsing;

/// <summary>Words: \text{Evelyn}, "no solution", \text{(C)}.</summary>
public sealed class TextNode(string text) : MathNode
{
    public string Text { get; } = text;
}
