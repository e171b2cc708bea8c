namespace Evaluate.Tests.Grading.Families;

/// <summary>Family 3: unions, finite sets, ℝ, ∅ and intervals compared as sets of real numbers.</summary>
internal static class SetsAndIntervalsCases
{
    public static GradingFamily Family { get; } = new("3 sets and intervals", Equivalent, NearMisses);

    private const string Equivalent = """
S¦(-3,4) \cup (4,9]¦(4,9] \cup (-3,4)
S¦(-3,4) \cup (4,9]¦(-3, 4) ∪ (4, 9]
S¦(-3,4) \cup (4,9]¦x \in (-3,4) \cup (4,9]
S¦\{2\} \cup [5,8)¦[5,8) \cup \{2\}
S¦\{2\} \cup [5,8)¦\{2\}\cup[5, 8)
S¦\{2\} \cup [5,8)¦[2,2] \cup [5,8)
S¦\mathbb{R}¦(-\infty, \infty)
S¦(-\infty,\infty)¦\mathbb{R}
S¦\mathbb{R}¦\mathbb R
S¦\mathbb{R}¦\text{all real numbers}
S¦(-\infty, \infty)¦x \in \mathbb{R}
S¦\mathbb{R}¦(-\infty, 0) \cup [0, \infty)
S¦(-\infty, 3]¦x \le 3
S¦(-\infty, 3]¦\left(-\infty, 3\right]
S¦(-\infty, 3]¦(-\infty, 1] \cup [1, 3]
S¦\emptyset¦\varnothing
S¦\emptyset¦\{\}
S¦\emptyset¦∅
S¦\text{no solution}¦\emptyset
S¦(-\infty, -2) \cup (2, \infty)¦x < -2 \text{ or } x > 2
S¦(-\infty, -2) \cup (2, \infty)¦(2, \infty) \cup (-\infty, -2)
S¦(-\infty, 1) \cup (1, \infty)¦x \neq 1
S¦(-\infty, 1) \cup (1, \infty)¦x < 1 \text{ or } x > 1
S¦[1, 3] \cup [2, 5]¦[1, 5]
S¦[1, 5]¦[1, 3) \cup [3, 5]
S¦\{1, 2, 3\}¦\{3, 2, 1\}
S¦\{1, 2, 3\}¦\{1,2\} \cup \{3\}
S¦\{-1, 1\}¦\{\pm 1\}
S¦\{2, 5\}¦2, 5
S¦2, 5¦\{5, 2\}
S¦(2, 5)¦\left(2, 5\right)
S¦[0, 1]¦\left[0, 1\right]
S¦(0, \frac{1}{2}]¦(0, 0.5]
S¦[\frac{1}{3}, 1)¦[0.333, 1)
S¦(-\infty, -1] \cup [1, \infty)¦x \le -1 \text{ or } x \ge 1
S¦(1, \infty)¦(1, +\infty)
S¦[2, 5)¦2 \le x < 5
""";

    private const string NearMisses = """
S¦(-3,4) \cup (4,9]¦(-3,9]
S¦(-3,4) \cup (4,9]¦(-3,4] \cup (4,9]
S¦(-3,4) \cup (4,9]¦(-3,4) \cup (4,9)
S¦\{2\} \cup [5,8)¦\{2\} \cup [5,8]
S¦\{2\} \cup [5,8)¦[5,8)
S¦\{2\} \cup [5,8)¦[2,8)
S¦[5,8)¦[5,8]
S¦[5,8)¦(5,8)
S¦\mathbb{R}¦(0, \infty)
S¦\mathbb{R}¦(-\infty, 0) \cup (0, \infty)
S¦\mathbb{R}¦\emptyset
S¦\emptyset¦\{0\}
S¦\emptyset¦\mathbb{R}
S¦(-\infty, 3]¦(-\infty, 3)
S¦(-\infty, 3]¦[3, \infty)
S¦(-\infty, 3]¦x < 3
S¦(2, 5)¦\{2, 5\}
S¦(2, 5)¦\{5, 2\}
S¦(2, 5)¦(5, 2)
S¦(2, 5)¦[2, 5]
S¦[2, 5]¦\{2, 5\}
S¦\{1, 2, 3\}¦\{1, 2\}
S¦\{1, 2, 3\}¦\{1, 2, 4\}
S¦\{1, 2, 3\}¦[1, 3]
S¦(-\infty, -2) \cup (2, \infty)¦(-2, 2)
S¦(-\infty, -2) \cup (2, \infty)¦(-\infty, -2] \cup [2, \infty)
S¦(-\infty, 1) \cup (1, \infty)¦x \neq -1
S¦[1, 5]¦[1, 3) \cup (3, 5]
S¦(0, \frac{1}{2}]¦(0, 0.5)
S¦[\frac{1}{3}, 1)¦[0.33, 1)
S¦(1, \infty)¦(-1, \infty)
S¦[0, 1]¦[0, 1) \cup (1, 2]
S¦\{-1, 1\}¦\{1\}
S¦(-\infty, -1] \cup [1, \infty)¦x < -1 \text{ or } x > 1
S¦\text{no solution}¦\{0\}
S¦[2, 5)¦(2, 5]
""";
}
