using Evaluate.Suites.Grading.Evaluation;
using Evaluate.Suites.Grading.Parsing;

namespace Evaluate.Suites.Grading.Equivalence;

/// <summary>
/// Evaluates arithmetic of matrices written out in an answer: sums and differences of same-shaped matrices, scalar
/// multiples (2A, A/2, \frac{1}{2}A), matrix products, small integer powers (A^3) and the transpose (A^T, A^\top).
/// The result is one <see cref="MatrixNode"/> whose entries are reduced to exact numbers where they are rational,
/// so "(1;2) + (3;4)" compares with "(4;6)". Every size is checked before anything is computed: an operand has at most
/// <see cref="GradingLimits.MaxItems"/> entries and a product at most <see cref="GradingLimits.MaxMatrixProductTerms"/>
/// multiply-adds, each charged to the work budget; anything undefined (shapes that do not fit, a matrix plus a scalar,
/// division by a matrix) is not reduced.
/// </summary>
internal sealed class MatrixArithmetic(WorkBudget budget)
{
    private const int MaxPower = 16;

    // Multiply-adds left for this check (gold and answer together): a product's cost is known from its shapes, so a
    // chain or power that would pass the allowance is refused before it is computed.
    private int _productTermsLeft = 2 * GradingLimits.MaxMatrixProductTerms;

    // Products with entries that are not numbers: their entries are trees that grow with each further product, so such
    // a result is not multiplied again (A·B with variables is evaluated, A·B·C and A^3 are not).
    private readonly HashSet<MatrixNode> _symbolicProducts = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether the node is arithmetic with a written-out matrix in it (cheap: walks only sums, products and powers).</summary>
    public static bool Applies(MathNode node) => node switch
    {
        SumNode s => HasMatrixOperand(s, 0),
        ProductNode p => HasMatrixOperand(p, 0),
        PowerNode { Base: MatrixNode } => true,
        PowerNode p => HasMatrixOperand(p, 0),
        _ => false,
    };

    private static bool HasMatrixOperand(MathNode node, int depth)
    {
        if (depth > 8) return false;
        return node switch
        {
            MatrixNode => true,
            SumNode s => s.Terms.Any(t => HasMatrixOperand(t.Node, depth + 1)),
            ProductNode p => p.Factors.Any(f => HasMatrixOperand(f.Node, depth + 1)),
            PowerNode p => HasMatrixOperand(p.Base, depth + 1),
            _ => false,
        };
    }

    /// <summary>The matrix the expression evaluates to, or null when it is not defined or a bound was hit.</summary>
    public MatrixNode? Reduce(MathNode node) => Value(node, 0) is Operand { Matrix: { } m } ? m : null;

    /// <summary>A value in matrix arithmetic: a matrix, or a scalar (the node itself).</summary>
    private readonly record struct Operand(MatrixNode? Matrix, MathNode? Scalar);

    private Operand? Value(MathNode node, int depth)
    {
        if (depth > 16 || !budget.Spend()) return null;
        switch (node)
        {
            case MatrixNode m:
                return Entries(m) <= GradingLimits.MaxItems ? new Operand(m, null) : null;
            case SumNode s when HasMatrixOperand(s, 0):
                return Sum(s, depth);
            case ProductNode p when HasMatrixOperand(p, 0):
                return Product(p, depth);
            case PowerNode { Base: var b } p when HasMatrixOperand(b, 0):
                return Value(b, depth + 1) is Operand { Matrix: { } baseMatrix } ? Power(baseMatrix, p.Exponent) : null;
            default:
                return new Operand(null, node);
        }
    }

    private Operand? Sum(SumNode s, int depth)
    {
        MatrixNode? total = null;
        foreach (var term in s.Terms)
        {
            if (term.Sign == TermSign.PlusMinus || Value(term.Node, depth + 1) is not Operand { Matrix: { } m }) return null;
            var signed = term.Sign == TermSign.Minus ? Scale(m, Number(-1), divide: false) : m;
            if (signed is null) return null;
            total = total is null ? signed : Add(total, signed);
            if (total is null) return null;
        }
        return total is null ? null : new Operand(total, null);
    }

    private Operand? Product(ProductNode p, int depth)
    {
        MatrixNode? matrix = null;
        var scalars = new List<ProductFactor>();
        foreach (var factor in p.Factors)
        {
            if (Value(factor.Node, depth + 1) is not { } value) return null;
            if (value.Matrix is null) { scalars.Add(factor); continue; }
            if (factor.Divide) return null; // dividing by a matrix is not defined here
            matrix = matrix is null ? value.Matrix : Multiply(matrix, value.Matrix);
            if (matrix is null) return null;
        }
        if (matrix is null) return null;
        // Scalars commute with matrices: 2A, A\cdot\frac{1}{2}, A/2.
        foreach (var scalar in scalars)
        {
            matrix = Scale(matrix, scalar.Node, scalar.Divide);
            if (matrix is null) return null;
        }
        return new Operand(matrix, null);
    }

    private Operand? Power(MatrixNode m, MathNode exponent)
    {
        if (IsTransposeMark(exponent)) return Transpose(m) is { } t ? new Operand(t, null) : null;
        if (exponent is not NumberNode { IsDecimal: false } n || !n.Value.IsInteger || n.Value.Sign <= 0 || n.Value.Numerator > MaxPower
            || m.Rows.Count != m.Rows[0].Count) return null;
        var result = m;
        for (int i = 1; i < (int)n.Value.Numerator; i++)
        {
            result = Multiply(result, m);
            if (result is null) return null;
        }
        return new Operand(result, null);
    }

    private static bool IsTransposeMark(MathNode exponent) => exponent is SymbolNode { Name: "T" or "\\top" or "\\intercal" };

    private MatrixNode? Transpose(MatrixNode m)
    {
        if (!budget.Spend(Entries(m))) return null;
        var rows = new List<IReadOnlyList<MathNode>>(m.Rows[0].Count);
        for (int j = 0; j < m.Rows[0].Count; j++) rows.Add(m.Rows.Select(r => r[j]).ToList());
        return new MatrixNode(rows);
    }

    private MatrixNode? Add(MatrixNode x, MatrixNode y)
    {
        if (x.Rows.Count != y.Rows.Count || x.Rows[0].Count != y.Rows[0].Count || !budget.Spend(Entries(x))) return null;
        if (Exact(x) is { } xv && Exact(y) is { } yv)
            return Map(x, (i, j) => BigRational.Add(xv[i][j], yv[i][j], budget) is { } sum ? new NumberNode(sum, 0, 0, false) : null);
        return Map(x, (i, j) => Reduced(new SumNode([new SumTerm(TermSign.Plus, x.Rows[i][j]), new SumTerm(TermSign.Plus, y.Rows[i][j])])));
    }

    private MatrixNode? Scale(MatrixNode m, MathNode scalar, bool divide)
    {
        if (!budget.Spend(Entries(m))) return null;
        if (ExactEvaluator.TryEvaluate(scalar, budget) is { } factor && (!divide || !factor.IsZero) && Exact(m) is { } values)
            return Map(m, (i, j) => (divide ? BigRational.Divide(values[i][j], factor, budget) : BigRational.Multiply(values[i][j], factor, budget)) is { } v
                ? new NumberNode(v, 0, 0, false) : null);
        return Map(m, (i, j) => Reduced(new ProductNode([new ProductFactor(m.Rows[i][j], false), new ProductFactor(scalar, divide)])));
    }

    private MatrixNode? Multiply(MatrixNode x, MatrixNode y)
    {
        int rows = x.Rows.Count, inner = x.Rows[0].Count, cols = y.Rows[0].Count;
        int terms = rows * inner * cols;
        // Shapes and size first: nothing is computed for a product that is undefined or too large.
        if (inner != y.Rows.Count || rows * cols > GradingLimits.MaxItems || terms > GradingLimits.MaxMatrixProductTerms
            || terms > _productTermsLeft || _symbolicProducts.Contains(x) || _symbolicProducts.Contains(y) || !budget.Spend(terms)) return null;
        _productTermsLeft -= terms;
        if (Exact(x) is { } xv && Exact(y) is { } yv) return ExactProduct(xv, yv, rows, inner, cols);
        var product = Map(rows, cols, (i, j) =>
        {
            var sum = new List<SumTerm>(inner);
            for (int k = 0; k < inner; k++)
                sum.Add(new SumTerm(TermSign.Plus, new ProductNode([new ProductFactor(x.Rows[i][k], false), new ProductFactor(y.Rows[k][j], false)])));
            return new SumNode(sum);
        });
        if (product is not null) _symbolicProducts.Add(product);
        return product;
    }

    /// <summary>Rational entries multiplied as numbers (no trees are built).</summary>
    private MatrixNode? ExactProduct(BigRational[][] x, BigRational[][] y, int rows, int inner, int cols) =>
        Map(rows, cols, (i, j) =>
        {
            var total = BigRational.Zero;
            for (int k = 0; k < inner; k++)
            {
                if (BigRational.Multiply(x[i][k], y[k][j], budget) is not { } term || BigRational.Add(total, term, budget) is not { } next) return null;
                total = next;
            }
            return new NumberNode(total, 0, 0, false);
        });

    /// <summary>The entries as exact numbers, or null when any is not rational.</summary>
    private BigRational[][]? Exact(MatrixNode m)
    {
        var rows = new BigRational[m.Rows.Count][];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = new BigRational[m.Rows[i].Count];
            for (int j = 0; j < rows[i].Length; j++)
            {
                if (m.Rows[i][j] is NumberNode n) { rows[i][j] = n.Value; continue; }
                if (ExactEvaluator.TryEvaluate(m.Rows[i][j], budget) is not { } value) return null;
                rows[i][j] = value;
            }
        }
        return rows;
    }

    private MatrixNode? Map(MatrixNode shape, Func<int, int, MathNode?> entry) => Map(shape.Rows.Count, shape.Rows[0].Count, entry);

    private MatrixNode? Map(int rowCount, int columnCount, Func<int, int, MathNode?> entry)
    {
        var rows = new List<IReadOnlyList<MathNode>>(rowCount);
        for (int i = 0; i < rowCount; i++)
        {
            var row = new MathNode[columnCount];
            for (int j = 0; j < columnCount; j++)
                if ((row[j] = entry(i, j)!) is null || budget.Exhausted) return null;
            rows.Add(row);
        }
        return new MatrixNode(rows);
    }

    /// <summary>A rational entry becomes its exact value, so repeated products do not build ever larger trees.</summary>
    private MathNode Reduced(MathNode entry) =>
        ExactEvaluator.TryEvaluate(entry, budget) is { } value ? new NumberNode(value, 0, 0, false) : entry;

    private static NumberNode Number(int value) => new(BigRational.FromInteger(value), 0, 1, false);

    private static int Entries(MatrixNode m) => m.Rows.Count * m.Rows[0].Count;
}
