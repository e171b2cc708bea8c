namespace Evaluate.Suites.Grading.Parsing;

public readonly record struct ProductFactor(MathNode Node, bool Divide);

public sealed class ProductNode(IReadOnlyList<ProductFactor> factors) : MathNode
{
    public IReadOnlyList<ProductFactor> Factors { get; } = factors;
}
