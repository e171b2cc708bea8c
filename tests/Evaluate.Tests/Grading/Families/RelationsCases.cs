namespace Evaluate.Tests.Grading.Families;

/// <summary>Family 2: relations in every spelling, chains that state a value, ≈, and inequalities against intervals.</summary>
internal static class RelationsCases
{
    public static GradingFamily Family { get; } = new("2 relations and approximations", Equivalent, NearMisses);

    private const string Equivalent = """
S¦x \le 2¦x \leq 2
S¦x \le 2¦x <= 2
S¦x \le 2¦x ≤ 2
S¦x \le 2¦x \leqslant 2
S¦x \le 2¦2 \geq x
S¦x \ge -1¦x >= -1
S¦x \ge -1¦-1 \le x
S¦x < 5¦x \lt 5
S¦x > 5¦x \gt 5
S¦x \neq 3¦x \ne 3
S¦x \ne 3¦x != 3
S¦x \ne 3¦x ≠ 3
S¦7¦y = 2\cdot 3 + 1 = 7
S¦7¦The answer is $y = 2 \cdot 3 + 1 = 7$.
S¦7¦y \approx 7
S¦7¦y ≈ 7
S¦\frac{2}{3}¦y = 2/3 \approx 0.67
S¦\frac{2}{3}¦y = \frac{2}{3} \approx 0.667
S¦\frac{\pi}{3}¦x \approx 1.047
S¦\sqrt{2}¦\sqrt{2} \approx 1.414
S¦\frac{1}{3}¦x = \frac{1}{3} \approx 0.333
S¦\frac{1}{4}¦x \approx 0.25
S¦0.25¦y = \frac{1}{4} = 0.25
S¦12¦3 \times 4 = 12
S¦12¦\frac{24}{2} = 12
S¦[-1, 6]¦x \in [-1, 6]
S¦[-1, 6]¦-1 \le x \le 6
S¦-1 \le x \le 6¦[-1, 6]
S¦-1 \le x \le 6¦x \in [-1,6]
S¦(4, \infty)¦x > 4
S¦(4, \infty)¦4 < x
S¦[4, \infty)¦x \geq 4
S¦(-\infty, 4)¦x < 4
S¦(-\infty, 4]¦x <= 4
S¦x > 4¦(4, \infty)
S¦(0, 1)¦0 < x < 1
S¦(0, 1]¦1 \ge x > 0
S¦x = 5¦x = 5.0
S¦5¦x = 5
S¦3¦3 = x
S¦x + y = 5¦y + x = 5
S¦y = 2x + 3¦2x - y + 3 = 0
S¦y = 7¦y = 2 \cdot 3 + 1 = 7
""";

    private const string NearMisses = """
S¦x \le 2¦x < 2
S¦x < 2¦x \le 2
S¦x \le 2¦x \ge 2
S¦x \le 2¦x <= 2.5
S¦x \ge -1¦x > -1
S¦x > 0¦x \ge 0
S¦x \ne 3¦x = 3
S¦x \ne 3¦x != -3
S¦7¦y = 2\cdot 3 + 1 = 8
S¦7¦y = 7 + 1 = 8
S¦7¦y \approx 7.1
S¦\frac{2}{3}¦y = 0.6 \approx \frac{2}{3}
S¦\frac{2}{3}¦y \approx 0.67
S¦\frac{\pi}{3}¦x \approx 1.04
S¦\sqrt{3}¦\sqrt{2} \approx 1.732
S¦\frac{1}{3}¦x \approx 0.3
S¦\frac{1}{3}¦x \approx 0.33
S¦\frac{1}{3}¦0.3
S¦12¦3 \times 4 = 13
S¦12¦12 = 3 \times 5
S¦[-1, 6]¦x \in (-1, 6]
S¦[-1, 6]¦-1 < x \le 6
S¦[-1, 6]¦x \in [-1, 6)
S¦-1 \le x \le 6¦[-1, 7]
S¦(4, \infty)¦x \ge 4
S¦(4, \infty)¦x < 4
S¦[4, \infty)¦x > 4
S¦(-\infty, 4)¦x \le 4
S¦(-\infty, 4)¦x > 4
S¦(0, 1)¦0 \le x < 1
S¦(0, 1]¦0 < x < 1
S¦5¦x = -5
S¦5¦x + y = 5
S¦x + y = 5¦x - y = 5
S¦y = 2x + 3¦y = 3x + 2
S¦y = 2x + 3¦y = 2x - 3
S¦x = 5¦x = 6
S¦y = 7¦y = 2 \cdot 3 + 1 = 8
S¦x \le 2¦x^2 \le 4
S¦x \ge -1¦-1 < x
S¦x \neq 3¦x \le 3
S¦(4, \infty)¦4 \le x
""";
}
