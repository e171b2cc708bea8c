namespace Evaluate.Suites.Grading.Parsing;

/// <summary>
/// The determinant written as \begin{vmatrix}…\end{vmatrix}, expanded by the Leibniz formula into a sum of n! signed
/// products of entries (n ≤ <see cref="GradingLimits.MaxDeterminantSize"/>, so at most 24 terms); larger or
/// non-square ones are not read.
/// </summary>
internal static class Determinant
{
    public static MathNode? Expand(IReadOnlyList<IReadOnlyList<MathNode>> rows)
    {
        int n = rows.Count;
        if (n == 0 || n > GradingLimits.MaxDeterminantSize || rows.Any(r => r.Count != n)) return null;
        if (n == 1) return rows[0][0];
        var terms = new List<SumTerm>();
        var permutation = Enumerable.Range(0, n).ToArray();
        Permute(permutation, 0, even: true, rows, terms);
        return new SumNode(terms);
    }

    /// <summary>Heap-free recursive permutation by swaps; each swap flips the parity.</summary>
    private static void Permute(int[] p, int k, bool even, IReadOnlyList<IReadOnlyList<MathNode>> rows, List<SumTerm> terms)
    {
        if (k == p.Length)
        {
            var factors = new List<ProductFactor>(p.Length);
            for (int i = 0; i < p.Length; i++) factors.Add(new ProductFactor(rows[i][p[i]], false));
            terms.Add(new SumTerm(even ? TermSign.Plus : TermSign.Minus, new ProductNode(factors)));
            return;
        }
        for (int i = k; i < p.Length; i++)
        {
            (p[k], p[i]) = (p[i], p[k]);
            Permute(p, k + 1, i == k ? even : !even, rows, terms);
            (p[k], p[i]) = (p[i], p[k]);
        }
    }
}
