namespace Evaluate.Tests.Grading.Families;

/// <summary>Family 13 (issue 21): unboxed matrices, every matrix environment, arithmetic of written-out matrices (sum, difference, scalar multiple, product, power, transpose), determinants (vmatrix), decimal entries under the rounding rule, column vectors against tuples.</summary>
internal static class MatrixFormsCases
{
    public static GradingFamily Family { get; } = new("13 matrices and vectors", Equivalent, NearMisses);

    private const string Equivalent = """
S¦\begin{pmatrix} 4 \\ 6 \end{pmatrix}¦\begin{pmatrix} 1 \\ 2 \end{pmatrix} + \begin{pmatrix} 3 \\ 4 \end{pmatrix}
S¦\begin{pmatrix} 2 & 4 \\ 6 & 8 \end{pmatrix}¦2\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}
S¦\begin{pmatrix} -2 \\ -2 \end{pmatrix}¦\begin{pmatrix} 1 \\ 2 \end{pmatrix} - \begin{pmatrix} 3 \\ 4 \end{pmatrix}
S¦\begin{pmatrix} 19 & 22 \\ 43 & 50 \end{pmatrix}¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}\begin{pmatrix} 5 & 6 \\ 7 & 8 \end{pmatrix}
S¦\begin{pmatrix} 5 \\ 11 \end{pmatrix}¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix} \begin{pmatrix} 1 \\ 2 \end{pmatrix}
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}\begin{pmatrix} 5 & 6 \\ 7 & 8 \end{pmatrix}¦\begin{pmatrix} 19 & 22 \\ 43 & 50 \end{pmatrix}
S¦\begin{pmatrix} 1/2 \\ 1 \end{pmatrix}¦\frac{1}{2}\begin{pmatrix} 1 \\ 2 \end{pmatrix}
S¦\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}¦\begin{pmatrix} 2 & 0 \\ 0 & 2 \end{pmatrix} \cdot \frac{1}{2}
S¦\begin{pmatrix} 3 & 0 \\ 0 & 3 \end{pmatrix}¦3 \begin{bmatrix} 1 & 0 \\ 0 & 1 \end{bmatrix}
S¦\begin{pmatrix} 7 \\ 10 \end{pmatrix}¦\begin{pmatrix} 1 \\ 2 \end{pmatrix} + 2\begin{pmatrix} 3 \\ 4 \end{pmatrix}
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦Thus the matrix is⏎$$\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}.$$
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦Therefore, $\mathbf{M} = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}.$
S¦\begin{pmatrix} -1 \\ 3 \end{pmatrix}¦The vector is $\begin{pmatrix} -1 \\ 3 \end{pmatrix}$.
S¦\begin{pmatrix} 2 \\ 1 \end{pmatrix}¦So $\mathbf{v} = \begin{bmatrix} 2 \\ 1 \end{bmatrix}$.
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦\begin{Bmatrix} 1 & 2 \\ 3 & 4 \end{Bmatrix}
S¦-2¦\begin{vmatrix} 1 & 2 \\ 3 & 4 \end{vmatrix}
S¦\begin{pmatrix} 0.5 \\ 0.25 \end{pmatrix}¦\begin{pmatrix} \frac12 \\ \frac14 \end{pmatrix}
S¦\begin{pmatrix} \frac{1}{3} & \frac{2}{3} \end{pmatrix}¦\begin{pmatrix} 0.333 & 0.667 \end{pmatrix}
S¦\begin{pmatrix} \frac{\sqrt{3}}{2} \\ \frac{1}{2} \end{pmatrix}¦\begin{pmatrix} 0.866 \\ 0.5 \end{pmatrix}
S¦(2, 3)¦\begin{pmatrix} 2 \\ 3 \end{pmatrix}
S¦\begin{pmatrix} 2 \\ 3 \end{pmatrix}¦\langle 2, 3 \rangle
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦\left(\begin{matrix} 1 & 2 \\ 3 & 4 \end{matrix}\right)
S¦\begin{pmatrix} 6 \\ 8 \end{pmatrix}¦2\left(\begin{pmatrix} 1 \\ 2 \end{pmatrix} + \begin{pmatrix} 2 \\ 2 \end{pmatrix}\right)
S¦\begin{pmatrix} 1 & 3 \\ 0 & 1 \end{pmatrix}¦\begin{pmatrix} 1 & 1 \\ 0 & 1 \end{pmatrix}^3
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦\begin{pmatrix} 1 & 3 \\ 2 & 4 \end{pmatrix}^T
S¦\begin{pmatrix} 4 \\ 6 \end{pmatrix}¦\begin{pmatrix} 1 \\ 2 \end{pmatrix} + \begin{pmatrix} 3 \\ 4 \end{pmatrix} = \begin{pmatrix} 4 \\ 6 \end{pmatrix}
S¦\begin{pmatrix} 2x \\ 4x \end{pmatrix}¦x\begin{pmatrix} 2 \\ 4 \end{pmatrix}
S¦\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}¦\begin{pmatrix} 0 & 1 \\ 1 & 0 \end{pmatrix}^2
S¦\begin{pmatrix} 3 & 1 \\ 4 & 2 \end{pmatrix}¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}^{T} + \begin{pmatrix} 2 & -2 \\ 2 & -2 \end{pmatrix}
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦\begin{pmatrix} 2 & 4 \\ 6 & 8 \end{pmatrix} / 2
S¦10¦\begin{vmatrix} 2 & 1 & 0 \\ 0 & 5 & 0 \\ 0 & 0 & 1 \end{vmatrix}
S¦\begin{pmatrix} 0.6 \\ 0.8 \end{pmatrix}¦\frac{1}{5}\begin{pmatrix} 3 \\ 4 \end{pmatrix}
S¦\begin{pmatrix} \frac{3}{5} \\ \frac{4}{5} \end{pmatrix}¦\begin{pmatrix} 0.6 \\ 0.8 \end{pmatrix}
""";

    private const string NearMisses = """
S¦\begin{pmatrix} 4 \\ 6 \end{pmatrix}¦\begin{pmatrix} 1 \\ 2 \end{pmatrix} + \begin{pmatrix} 3 \\ 5 \end{pmatrix}
S¦\begin{pmatrix} 2 & 4 \\ 6 & 8 \end{pmatrix}¦2\begin{pmatrix} 1 & 2 \\ 3 & 5 \end{pmatrix}
S¦\begin{pmatrix} -2 \\ -2 \end{pmatrix}¦\begin{pmatrix} 3 \\ 4 \end{pmatrix} - \begin{pmatrix} 1 \\ 2 \end{pmatrix}
S¦\begin{pmatrix} 19 & 22 \\ 43 & 50 \end{pmatrix}¦\begin{pmatrix} 5 & 6 \\ 7 & 8 \end{pmatrix}\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}
S¦\begin{pmatrix} 19 & 22 \\ 43 & 50 \end{pmatrix}¦\begin{pmatrix} 5 & 12 \\ 21 & 32 \end{pmatrix}
S¦\begin{pmatrix} 5 \\ 11 \end{pmatrix}¦\begin{pmatrix} 1 \\ 2 \end{pmatrix}\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix} + \begin{pmatrix} 1 \\ 2 \end{pmatrix}
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦Thus the matrix is⏎$$\begin{pmatrix} 1 & 2 \\ 4 & 3 \end{pmatrix}.$$
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦\begin{vmatrix} 1 & 2 \\ 3 & 4 \end{vmatrix}
S¦2¦\begin{vmatrix} 1 & 2 \\ 3 & 4 \end{vmatrix}
S¦-2¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}
S¦\begin{pmatrix} \frac{1}{3} & \frac{2}{3} \end{pmatrix}¦\begin{pmatrix} 0.33 & 0.67 \end{pmatrix}
S¦\begin{pmatrix} \frac{\sqrt{3}}{2} \\ \frac{1}{2} \end{pmatrix}¦\begin{pmatrix} 0.87 \\ 0.5 \end{pmatrix}
S¦\begin{pmatrix} 2 \\ 3 \end{pmatrix}¦(3, 2)
S¦\begin{pmatrix} 2 \\ 3 \end{pmatrix}¦\{2, 3\}
S¦\begin{pmatrix} 6 \\ 8 \end{pmatrix}¦2\begin{pmatrix} 1 \\ 2 \end{pmatrix} + \begin{pmatrix} 2 \\ 2 \end{pmatrix}
S¦\begin{pmatrix} 1 & 3 \\ 0 & 1 \end{pmatrix}¦\begin{pmatrix} 1 & 1 \\ 0 & 1 \end{pmatrix}^2
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}^T
S¦\begin{pmatrix} 0.5 \\ 0.25 \end{pmatrix}¦\begin{pmatrix} \frac12 \\ \frac15 \end{pmatrix}
S¦\begin{pmatrix} 4 \\ 6 \end{pmatrix}¦\begin{pmatrix} 4 \\ 6 \\ 0 \end{pmatrix}
S¦\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}¦1
S¦\begin{pmatrix} 3 & 0 \\ 0 & 3 \end{pmatrix}¦3
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦\begin{pmatrix} 1 & 2 \end{pmatrix}\begin{pmatrix} 3 & 4 \end{pmatrix}
S¦\begin{pmatrix} 11 \end{pmatrix}¦\begin{pmatrix} 3 \\ 4 \end{pmatrix}\begin{pmatrix} 1 & 2 \end{pmatrix}
S¦\begin{pmatrix} 2x \\ 4x \end{pmatrix}¦x\begin{pmatrix} 2 \\ 3 \end{pmatrix}
S¦\begin{pmatrix} 4 \\ 6 \end{pmatrix}¦\begin{pmatrix} 1 \\ 2 \end{pmatrix} + \begin{pmatrix} 3 \\ 4 \end{pmatrix} = \begin{pmatrix} 4 \\ 7 \end{pmatrix}
S¦\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}¦\begin{pmatrix} 0 & 1 \\ 1 & 0 \end{pmatrix}^3
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦\begin{pmatrix} 2 & 4 \\ 6 & 8 \end{pmatrix} / 4
S¦10¦\begin{vmatrix} 2 & 1 & 0 \\ 0 & 5 & 0 \\ 0 & 0 & 2 \end{vmatrix}
S¦\begin{pmatrix} 0.6 \\ 0.8 \end{pmatrix}¦\frac{1}{5}\begin{pmatrix} 4 \\ 3 \end{pmatrix}
S¦\begin{pmatrix} \frac{3}{5} \\ \frac{4}{5} \end{pmatrix}¦\begin{pmatrix} 0.6 \\ 0.9 \end{pmatrix}
S¦\begin{pmatrix} 4 \\ 6 \end{pmatrix}¦\begin{pmatrix} 1 \\ 2 \end{pmatrix} \cdot \begin{pmatrix} 3 \\ 4 \end{pmatrix}
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}^{-1}
""";
}
