namespace Evaluate.Tests.Grading.Families;

/// <summary>Family 6: gold texts that are themselves solutions (a \boxed{} inside, or a sentence stating the answer).</summary>
internal static class GoldSolutionCases
{
    public static GradingFamily Family { get; } = new("6 gold answers that are solutions", Equivalent, NearMisses);

    private const string Equivalent = """
S¦The answer is \boxed{5}.¦5
S¦We compute $2+3$ and get \boxed{5}.¦\boxed{5}
S¦\[\boxed{\frac{\pi}{4}}\]¦\frac{\pi}{4}
S¦\[⏎\boxed{\frac{n+1}{4n-2}}⏎\]¦\frac{n+1}{4n-2}
S¦\boxed{1999}¦1999
S¦\boxed{2^{mn} - 1}¦2^{mn}-1
S¦The smallest possible value of \(a_{10}\) is \(248\).¦248
S¦The number of distinct such colorings of \( P \) is \(\boxed{6}\).¦6
S¦First \boxed{3} was a guess; the final value is \boxed{4}.¦4
S¦Final Answer: The final answer is $17$. I hope it is correct.¦17
S¦Solution: 3 + 4 = 7.⏎#### 7¦7
S¦The roots are \boxed{2} and \boxed{3}.¦2, 3
S¦The roots are \boxed{2} and \boxed{3}.¦\{3, 2\}
S¦Therefore the area is $\frac{3}{2}$.¦1.5
S¦**Answer:** $(1, 2)$¦(1,2)
S¦Answer: 42¦42
S¦The answer is $x = 3$.¦3
S¦Thus $k = 12$.¦12
S¦We conclude that the probability is $\dfrac{1}{6}$.¦\frac16
S¦\(\boxed{60}\)¦60
S¦$\boxed{-7}$¦-7
S¦\boxed{\text{(B)}}¦B
S¦The answer is \(\boxed{[2, 5)}\).¦[2,5)
S¦\boxed{x \ge 3}¦[3, \infty)
S¦\[ (2n)! \cdot 2^{n^2} \]¦(2n)! \cdot 2^{n^2}
S¦Hence the maximum is $\boxed{10}$ when $x = 2$.¦10
S¦The final answer is $\frac{5}{2}$.¦2.5
S¦Putting it all together, the answer is 1008.¦1008
S¦$\boxed{3}$ and $\boxed{5}$¦3, 5
S¦The value is \\boxed{\\frac{1}{3}}.¦\frac{1}{3}
S¦The answer is \boxed{5}.¦The final answer is $5$.
S¦\boxed{12}¦**Answer:** 12
""";

    private const string NearMisses = """
S¦The answer is \boxed{5}.¦6
S¦We compute $2+3$ and get \boxed{5}.¦2+4
S¦\[\boxed{\frac{\pi}{4}}\]¦\frac{\pi}{2}
S¦\[⏎\boxed{\frac{n+1}{4n-2}}⏎\]¦\frac{n+1}{4n+2}
S¦\boxed{1999}¦2000
S¦\boxed{2^{mn} - 1}¦2^{mn}+1
S¦The smallest possible value of \(a_{10}\) is \(248\).¦10
S¦The smallest possible value of \(a_{10}\) is \(248\).¦a_{10}
S¦The number of distinct such colorings of \( P \) is \(\boxed{6}\).¦7
S¦First \boxed{3} was a guess; the final value is \boxed{4}.¦3
S¦Final Answer: The final answer is $17$. I hope it is correct.¦71
S¦Solution: 3 + 4 = 7.⏎#### 7¦3
S¦The roots are \boxed{2} and \boxed{3}.¦2
S¦The roots are \boxed{2} and \boxed{3}.¦3
S¦Therefore the area is $\frac{3}{2}$.¦\frac{2}{3}
S¦**Answer:** $(1, 2)$¦(2,1)
S¦Answer: 42¦24
S¦The answer is $x = 3$.¦-3
S¦Thus $k = 12$.¦21
S¦We conclude that the probability is $\dfrac{1}{6}$.¦\frac{1}{5}
S¦\(\boxed{60}\)¦6
S¦$\boxed{-7}$¦7
S¦\boxed{\text{(B)}}¦C
S¦The answer is \(\boxed{[2, 5)}\).¦[2,5]
S¦\boxed{x \ge 3}¦(3, \infty)
S¦\[ (2n)! \cdot 2^{n^2} \]¦(2n)! \cdot 2^{n}
S¦Hence the maximum is $\boxed{10}$ when $x = 2$.¦2
S¦The final answer is $\frac{5}{2}$.¦2.4
S¦Putting it all together, the answer is 1008.¦1007
S¦$\boxed{3}$ and $\boxed{5}$¦3
S¦The value is \\boxed{\\frac{1}{3}}.¦0.3
S¦The answer is \boxed{5}.¦The final answer is $6$.
S¦\boxed{12}¦**Answer:** 21
S¦The answer is \(\boxed{[2, 5)}\).¦(2,5)
""";
}
