namespace Evaluate.Tests.Grading.Families;

/// <summary>Family 5: tuples in \left( … \right), vectors and matrices in every environment, several boxes against a list.</summary>
internal static class StructuresCases
{
    public static GradingFamily Family { get; } = new("5 structures", Equivalent, NearMisses);

    private const string Equivalent = """
S¦(1, 2)¦\left( 1, 2 \right)
S¦(1, -2, 3)¦\left(1,-2,3\right)
S¦[1, 2]¦\left[ 1, 2 \right]
S¦(3, -1)¦\left(3,\,-1\right)
S¦(\frac{1}{2}, 3)¦\left(0.5, 3\right)
S¦(2, \frac{\pi}{3})¦\left(2, \frac{\pi}{3}\right)
S¦(0.5, 0.25)¦\left(\frac{1}{2}, \frac{1}{4}\right)
S¦\langle 1, 2 \rangle¦(1, 2)
S¦(1, 2)¦\langle 1, 2\rangle
S¦(1, 2)¦\boxed{(1, 2)}
S¦\begin{pmatrix} 1 \\ 2 \end{pmatrix}¦\begin{bmatrix} 1 \\ 2 \end{bmatrix}
S¦\begin{pmatrix} 1 \\ 2 \end{pmatrix}¦(1, 2)
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦\begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix}
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦\left[\begin{array}{cc} 1 & 2 \\ 3 & 4 \end{array}\right]
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦\left(\begin{array}{cc} 1 & 2 \\ 3 & 4 \end{array}\right)
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦\begin{pmatrix}1&2\\3&4\end{pmatrix}
S¦\begin{pmatrix} 1/3 \\ 2/3 \end{pmatrix}¦\begin{pmatrix} 0.333 \\ 0.667 \end{pmatrix}
S¦\begin{pmatrix} \frac{1}{2} & 0 \\ 0 & \frac{1}{4} \end{pmatrix}¦\begin{pmatrix} 0.5 & 0 \\ 0 & 0.25 \end{pmatrix}
S¦\begin{pmatrix} -1 \\ 2 \\ 5 \end{pmatrix}¦\begin{pmatrix}-1\\2\\5\end{pmatrix}
S¦\begin{pmatrix} 2 \\ -1 \end{pmatrix}¦\left[\begin{matrix} 2 \\ -1 \end{matrix}\right]
S¦\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}¦\begin{smallmatrix} 1 & 0 \\ 0 & 1 \end{smallmatrix}
S¦\begin{pmatrix} \frac{1}{3} \\ 1 \end{pmatrix}¦\begin{pmatrix} \dfrac{1}{3} \\ 1 \end{pmatrix}
S¦\begin{pmatrix} 2 & 4 \end{pmatrix}¦(2, 4)
S¦\begin{pmatrix} \sqrt{2} \\ 1 \end{pmatrix}¦\begin{pmatrix} 1.414 \\ 1 \end{pmatrix}
S¦3, 4¦\boxed{3}, \boxed{4}
S¦3, 4¦\boxed{3}\boxed{4}
S¦3, 4¦$\boxed{3}$ and $\boxed{4}$
S¦3, 4¦\boxed{4}, \boxed{3}
S¦\{3, 4\}¦\boxed{3} \quad \boxed{4}
S¦1, 2, 3¦\boxed{1}, \boxed{2}, \boxed{3}
S¦2, 3¦\boxed{2,3}
S¦-2, 1¦The solutions are $\boxed{-2}$ or $\boxed{1}$.
S¦\frac{1}{2}, 2¦\boxed{\frac12}, \boxed{2}
S¦-2, 1¦$x = \boxed{-2}$ or $x = \boxed{1}$
S¦-2, 1¦x = \boxed{-2} \text{ or } x = \boxed{1}
""";

    private const string NearMisses = """
S¦(1, 2)¦\left( 2, 1 \right)
S¦(1, -2, 3)¦\left(1, 2, 3\right)
S¦(1, 2)¦\left[ 1, 2 \right]
S¦(3, -1)¦\left(-1,\,3\right)
S¦(\frac{1}{2}, 3)¦\left(0.05, 3\right)
S¦(2, \frac{\pi}{3})¦\left(2, \frac{\pi}{6}\right)
S¦(0.5, 0.25)¦\left(\frac{1}{4}, \frac{1}{2}\right)
S¦\langle 1, 2 \rangle¦(1, -2)
S¦(1, 2)¦\{1, 2\}
S¦(1, 2)¦\boxed{(1, 3)}
S¦\begin{pmatrix} 1 \\ 2 \end{pmatrix}¦\begin{bmatrix} 2 \\ 1 \end{bmatrix}
S¦\begin{pmatrix} 1 \\ 2 \end{pmatrix}¦(1, 2, 0)
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦\begin{bmatrix} 1 & 3 \\ 2 & 4 \end{bmatrix}
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦\left[\begin{array}{cc} 1 & 2 \\ 3 & 5 \end{array}\right]
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦\begin{pmatrix} 1 & 2 & 3 & 4 \end{pmatrix}
S¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦(1, 2, 3, 4)
S¦\begin{pmatrix} 1/3 \\ 2/3 \end{pmatrix}¦\begin{pmatrix} 0.33 \\ 0.67 \end{pmatrix}
S¦\begin{pmatrix} 1/3 \\ 2/3 \end{pmatrix}¦\begin{pmatrix} 0.333 \\ 0.666 \end{pmatrix}
S¦\begin{pmatrix} \frac{1}{2} & 0 \\ 0 & \frac{1}{4} \end{pmatrix}¦\begin{pmatrix} 0.5 & 0 \\ 0 & 0.2 \end{pmatrix}
S¦\begin{pmatrix} -1 \\ 2 \\ 5 \end{pmatrix}¦\begin{pmatrix}1\\2\\5\end{pmatrix}
S¦\begin{pmatrix} 2 \\ -1 \end{pmatrix}¦\left[\begin{matrix} -1 \\ 2 \end{matrix}\right]
S¦\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}¦\begin{pmatrix} 0 & 1 \\ 1 & 0 \end{pmatrix}
S¦\begin{pmatrix} 2 & 4 \end{pmatrix}¦(4, 2)
S¦\begin{pmatrix} \sqrt{2} \\ 1 \end{pmatrix}¦\begin{pmatrix} 1.42 \\ 1 \end{pmatrix}
S¦3, 4¦\boxed{3}
S¦3, 4¦\boxed{3}, \boxed{5}
S¦3, 4¦\boxed{3}\boxed{4}\boxed{5}
S¦3, 4¦\boxed{3} is wrong, the answer is \boxed{4}
S¦\{3, 4\}¦\boxed{3}
S¦1, 2, 3¦\boxed{1}, \boxed{2}
S¦2¦\boxed{2,3}
S¦(1, 2)¦\boxed{1}, \boxed{2}
S¦-2, 1¦The solutions are $\boxed{-2}$ or $\boxed{-1}$.
S¦-2, 1¦$x = \boxed{-2}$ or $y = \boxed{1}$
S¦-2, 1¦$x = \boxed{-2}$ or $x = \boxed{-1}$
S¦1, 2¦x = \boxed{1}, y = \boxed{2}
S¦\begin{pmatrix} 1 \\ 2 \end{pmatrix}¦\begin{pmatrix} 1 & 2 \\ 0 & 0 \end{pmatrix}
S¦\frac{1}{2}, 2¦\boxed{\frac12}, \boxed{3}
""";
}
