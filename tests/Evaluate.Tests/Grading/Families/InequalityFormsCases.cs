namespace Evaluate.Tests.Grading.Families;

/// <summary>Family 12 (issue 21): inequalities in every spelling on either side, stated in prose, chains against intervals, "or" against unions.</summary>
internal static class InequalityFormsCases
{
    public static GradingFamily Family { get; } = new("12 inequalities in every spelling", Equivalent, NearMisses);

    private const string Equivalent = """
S¦x \geq 3¦3 \le x
S¦x \geq 3¦3 \leqslant x
S¦x \geq 3¦x ≥ 3
S¦x \geq 3¦3 ≤ x
S¦x \ge 3¦x \geqslant 3
S¦x > -2¦-2 < x
S¦x > -2¦-2 \lt x
S¦x > -2¦x \gt -2
S¦x < 7¦7 > x
S¦x < 7¦7 \gt x
S¦x \le 0¦0 \ge x
S¦x \le 0¦0 >= x
S¦x \neq 4¦4 \neq x
S¦x \ne 4¦4 != x
S¦x ≠ 4¦x \neq 4
S¦x < 3¦The solution is $x \lt 3$.
S¦x < 3¦the solution is x \lt 3
S¦x < 3¦So the solution is x \lt 3.
S¦x \geq 2¦so $x \geq 2$.
S¦x \geq 2¦Therefore, $x \ge 2$.
S¦[2, \infty)¦so $x \geq 2$.
S¦(-1, 4]¦-1 < x \le 4
S¦[-1, 4)¦-1 \le x < 4
S¦-1 \le x < 4¦x \in [-1, 4)
S¦-1 \le x < 4¦[-1, 4)
S¦a < x \le b¦(a, b]
S¦(a, b]¦x \in (a, b]
S¦(a, b]¦a \lt x \leq b
S¦0 < x < 1¦1 > x > 0
S¦x \in (0, 1)¦0 \lt x \lt 1
S¦(-\infty, 0) \cup (2, \infty)¦x < 0 \text{ or } x > 2
S¦x < 0 \text{ or } x > 2¦(-\infty, 0) \cup (2, \infty)
S¦x < 0 \text{ or } x > 2¦x > 2 \text{ or } x < 0
S¦(-\infty, 0) \cup (2, \infty)¦x \lt 0 or x \gt 2
S¦(-\infty, -1] \cup [3, \infty)¦x \leq -1 \text{ or } x \geq 3
S¦(-\infty, 3) \cup (3, \infty)¦x \neq 3
S¦x \neq 3¦x \in (-\infty, 3) \cup (3, \infty)
S¦x \le \frac{1}{2}¦x \le 0.5
S¦x > \sqrt{2}¦\sqrt{2} < x
S¦x \ge -\frac{3}{2}¦-1.5 \le x
S¦y \le 2x + 1¦2x + 1 \ge y
S¦[2, 5]¦2 \leq x \leq 5
S¦[2, 5]¦5 \geq x \geq 2
S¦(2,5]¦2<x<=5
S¦x < 3¦The solution set is $x<3$.
S¦(-\infty, 0) \cup (2, \infty)¦The solution is $x < 0$ or $x > 2$.
S¦x < 3¦We see that $x \lt 3$.
S¦x \neq 3¦We conclude that $x \ne 3$.
S¦x \geq -2¦It follows that $x \geq -2$.
""";

    private const string NearMisses = """
S¦x \geq 3¦x > 3
S¦x \geq 3¦3 < x
S¦x \geq 3¦x \le 3
S¦x \geq 3¦3 \ge x
S¦x > -2¦-2 > x
S¦x > -2¦x \ge -2
S¦x > -2¦x > 2
S¦x < 7¦7 < x
S¦x < 7¦x \le 7
S¦x \le 0¦0 \le x
S¦x \neq 4¦x = 4
S¦x \neq 4¦x \neq -4
S¦x < 3¦The solution is $x \le 3$.
S¦x < 3¦the solution is x \gt 3
S¦x \geq 2¦so $x > 2$.
S¦(-1, 4]¦-1 \le x \le 4
S¦[-1, 4)¦-1 \le x \le 4
S¦[-1, 4)¦-1 < x < 4
S¦-1 \le x < 4¦x \in [-1, 4]
S¦-1 \le x < 4¦(-1, 4)
S¦-1 \le x < 4¦[-1, 3)
S¦a < x \le b¦[a, b)
S¦a < x \le b¦(a, b)
S¦0 < x < 1¦0 < x < 2
S¦(-\infty, 0) \cup (2, \infty)¦x < 0 \text{ or } x \ge 2
S¦(-\infty, 0) \cup (2, \infty)¦0 < x < 2
S¦x < 0 \text{ or } x > 2¦(0, 2)
S¦(-\infty, -1] \cup [3, \infty)¦x < -1 \text{ or } x > 3
S¦(-\infty, 3) \cup (3, \infty)¦x \neq -3
S¦x \le \frac{1}{2}¦x \le 0.55
S¦x > \sqrt{2}¦x > 1.4
S¦y \le 2x + 1¦y \ge 2x + 1
S¦y \le 2x + 1¦y < 2x + 1
S¦[2, 5]¦2 < x \le 5
S¦[2, 5]¦2 \le x \le 6
S¦x \geq 2¦x \geq 2 \text{ or } x \le -2
S¦x < 3¦The solution set is $x>3$.
S¦(-\infty, 0) \cup (2, \infty)¦The solution is $x < 0$ or $x > 3$.
S¦x \ge 3¦x \geqslant -3
S¦x \le 5¦5 \le x
S¦x \le 5¦x \leqslant 4
S¦x < 3¦So the solution is x \le 3.
S¦x \ge 1¦so $x \leq 1$.
S¦[2, \infty)¦so $x > 2$.
S¦(a, b]¦a \le x \le b
S¦(a, b]¦x \in [a, b]
S¦x \in (0, 1)¦0 \le x \le 1
S¦x < 0 \text{ or } x > 2¦x \le 0 \text{ or } x > 2
S¦(-\infty, 3) \cup (3, \infty)¦x < 3
S¦x \neq 3¦x \ge 3
S¦(2,5]¦2<=x<5
S¦x > -2¦-2 \gt x
S¦x < 3¦We see that $x \le 3$.
S¦x \neq 3¦We conclude that $x = 3$.
S¦x \geq -2¦It follows that $x > -2$.
""";
}
