namespace Evaluate.Tests.Grading.Families;

/// <summary>Family 7: Omni-MATH answer shapes: named functions, ranges, lists of cases, units, big exact values,
/// short text answers; prose and unsupported notation are ungradable (never a confident not-equal).</summary>
internal static class OmniMathCases
{
    public static GradingFamily Family { get; } = new("7 Omni-MATH", Equivalent, NearMisses, Ungradable);

    private const string Equivalent = """
S¦f(x) = x^2¦x^2
S¦f(x) = 2x + 1¦f(x)=1+2x
S¦f(x) = 2x + 1¦2x+1
S¦f(n) = n¦f(n) = n
S¦f(x) = x¦The answer is $f(x) = x$.
S¦g(x) = x^2 - 1¦(x-1)(x+1)
S¦P(x) = x^3¦P(x)=x^3
S¦f(x, y) = x + y¦y + x
S¦0 \leq r \leq \frac{1}{2}¦[0, \frac{1}{2}]
S¦0 \leq r \leq \frac{1}{2}¦r \in [0, 0.5]
S¦t < \frac{1}{2}¦(-\infty, \frac{1}{2})
S¦t < \frac{1}{2}¦t < 0.5
S¦n = 1, 2, 3¦1, 2, 3
S¦n = 1 \text{ or } n = 2¦1, 2
S¦x = 1 \text{ or } x = -1¦\pm 1
S¦(a, b) = (1, 2)¦(1, 2)
S¦\frac{17+7 \sqrt{5}}{2}¦\frac{17}{2} + \frac{7\sqrt5}{2}
S¦2 \binom{100}{50} + 2 \binom{100}{49} + 1¦2\binom{100}{49} + 2\binom{100}{50} + 1
S¦7200 \mathrm{MB}¦7200
S¦1620 \mathrm{~mm}^{2}¦1620
S¦4.8 \times 10^{8}¦480000000
S¦995 \times 2^{998}¦995 \cdot 2^{998}
S¦\left(2^{2003}-2\right) / 3¦\frac{2^{2003}-2}{3}
S¦40^{\circ}¦40
S¦\pm \frac{9}{4}¦\frac{9}{4}, -\frac{9}{4}
S¦2^{n-1} - n¦-n + 2^{n-1}
S¦\frac{n(n+1)}{2}¦\frac{n^2+n}{2}
S¦\binom{2014}{2}¦2027091
S¦\text{Cathy}¦Cathy
S¦\text{no}¦No
S¦\text{yes}¦\textbf{Yes}
S¦\text{odd}¦odd
S¦1 + \sqrt{\frac{7}{15}}¦1 + \frac{\sqrt{105}}{15}
S¦\frac{1}{1+\sqrt[3]{2}}¦\frac{1}{1 + 2^{1/3}}
S¦n \text{ is odd}¦n \text{ is odd}
""";

    private const string NearMisses = """
S¦f(x) = x^2¦x^3
S¦f(x) = 2x + 1¦f(x) = 2x - 1
S¦f(x) = 2x + 1¦2x
S¦f(n) = n¦f(n) = n + 1
S¦f(x) = x¦The answer is $f(x) = -x$.
S¦g(x) = x^2 - 1¦(x-1)^2
S¦P(x) = x^3¦P(x) = x^2
S¦f(x, y) = x + y¦x - y
S¦0 \leq r \leq \frac{1}{2}¦[0, \frac{1}{2})
S¦0 \leq r \leq \frac{1}{2}¦r \in (0, 0.5]
S¦t < \frac{1}{2}¦(-\infty, \frac{1}{2}]
S¦t < \frac{1}{2}¦t > 0.5
S¦n = 1, 2, 3¦1, 2
S¦n = 1 \text{ or } n = 2¦1
S¦x = 1 \text{ or } x = -1¦1
S¦(a, b) = (1, 2)¦(2, 1)
S¦\frac{17+7 \sqrt{5}}{2}¦\frac{17-7\sqrt5}{2}
S¦2 \binom{100}{50} + 2 \binom{100}{49} + 1¦2\binom{100}{50} + 1
S¦7200 \mathrm{MB}¦720
S¦1620 \mathrm{~mm}^{2}¦162
S¦4.8 \times 10^{8}¦4.8 \times 10^{9}
S¦995 \times 2^{998}¦995 \cdot 2^{999}
S¦\left(2^{2003}-2\right) / 3¦\frac{2^{2003}+2}{3}
S¦40^{\circ}¦50
S¦\pm \frac{9}{4}¦\frac{9}{4}
S¦2^{n-1} - n¦2^{n} - n
S¦\frac{n(n+1)}{2}¦\frac{n(n-1)}{2}
S¦\binom{2014}{2}¦2027090
S¦\text{Cathy}¦\text{Bob}
S¦\text{no}¦Yes
S¦\text{odd}¦even
S¦1 + \sqrt{\frac{7}{15}}¦1 + \frac{\sqrt{105}}{7}
S¦\frac{1}{1+\sqrt[3]{2}}¦\frac{1}{1 + \sqrt{2}}
S¦f(x) = x^2¦f(x) = 2x
S¦\text{yes}¦\text{no}
""";

    private const string Ungradable = """
S¦Cathy can win if and only if \( n \leq 2^{k-1} \).¦n \le 2^{k-1}
S¦Cathy can win if and only if \( n \leq 2^{k-1} \).¦Cathy wins
S¦n \text{ is odd}¦n
S¦n \text{ is odd}¦\text{all odd } n
S¦\text{all even numbers greater than 2}¦4
S¦\text{The sequence is eventually constant}¦constant
S¦\[ N \equiv 672 \pmod{1000} \]¦672
S¦n \equiv 1 \pmod 4¦1
S¦\{ f \in \mathbb{R}[x] \colon 2 \mid \deg f + 1 \}¦\text{odd-degree polynomials}
S¦1 + 1 + \frac{1}{2} + \ldots + \frac{1}{7}¦2.59
S¦\sum_{k=1}^{n} k¦\frac{n(n+1)}{2}
S¦\begin{cases} 1 & n \text{ odd} \\ 0 & n \text{ even} \end{cases}¦1
S¦x = 1 \text{ if } n \text{ is even}¦1
S¦\text{no such } n \text{ exists}¦\text{none}
S¦\lim_{n\to\infty} a_n = 0¦0
S¦\text{Alice wins when } n \text{ is even, Bob otherwise}¦Alice
S¦3 \text{ if } n = 1, \text{ and } 4 \text{ otherwise}¦3
S¦All positive integers n that are not powers of 2¦n
S¦\text{The answer depends on the parity of } n¦1
S¦a_n = 2^n - 1 \text{ for every } n¦2^n-1
""";
}
