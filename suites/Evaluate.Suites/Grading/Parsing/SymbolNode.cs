namespace Evaluate.Suites.Grading.Parsing;

public sealed class SymbolNode(string name) : MathNode
{
    public string Name { get; } = name;
}
