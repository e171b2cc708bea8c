namespace Evaluate.Suites.Grading.Parsing;

public sealed class BinomialNode(MathNode n, MathNode k) : MathNode
{
    public MathNode N { get; } = n;
    public MathNode K { get; } = k;
}
