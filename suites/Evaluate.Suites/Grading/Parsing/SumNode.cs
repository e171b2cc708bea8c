namespace Evaluate.Suites.Grading.Parsing;

public enum TermSign { Plus, Minus, PlusMinus }

public readonly record struct SumTerm(TermSign Sign, MathNode Node);

public sealed class SumNode(IReadOnlyList<SumTerm> terms) : MathNode
{
    public IReadOnlyList<SumTerm> Terms { get; } = terms;
}
