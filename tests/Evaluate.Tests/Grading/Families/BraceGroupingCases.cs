namespace Evaluate.Tests.Grading.Families;

/// <summary>Family 14 (issue 21): TeX grouping braces "{1, 3}" (which do not print) against tuples, sets and lists, and real set notation "\{1, 3\}" that must never match an ordered pair.</summary>
internal static class BraceGroupingCases
{
    public static GradingFamily Family { get; } = new("14 braces as grouping", Equivalent, NearMisses);

    private const string Equivalent = """
S¦(1, 3)¦{1, 3}
S¦(1,3)¦\boxed{{1,3}}
S¦(-2, 5)¦{-2, 5}
S¦(\frac{1}{2}, 4)¦{\frac{1}{2}, 4}
S¦(1, 2, 3)¦{1, 2, 3}
S¦(1,2),(3,4)¦{(1,2),(3,4)}
S¦\{(1,2),(3,4)\}¦{(1,2),(3,4)}
S¦\{(1,2),(3,4)\}¦{(3,4),(1,2)}
S¦(1,2),(3,4)¦{(3,4), (1,2)}
S¦\{1, 3\}¦\{3, 1\}
S¦\{1, 3\}¦{1, 3}
S¦\{1, 3\}¦{3, 1}
S¦\{1,3\}¦\left\{1, 3\right\}
S¦\{1,3\}¦\lbrace 1, 3 \rbrace
S¦1, 3¦{3, 1}
S¦\{-1, 2\}¦x \in \{-1, 2\}
S¦(2, 3)¦{ 2 , 3 }
S¦\{1,2,3\}¦\{1\} \cup \{2, 3\}
S¦(3, 4)¦{3,4}.
S¦(1, 3)¦The ordered pair is ${1, 3}$.
S¦(\sqrt{2}, 1)¦{\sqrt2, 1}
S¦{1, 3}¦(1, 3)
S¦(1, 3)¦(x, y) = {1, 3}
S¦\langle 1, 3 \rangle¦{1, 3}
S¦{1, 3}¦\{1, 3\}
S¦(4, -1)¦(x, y) = {4, -1}
S¦(2, \pi)¦{2, \pi}
S¦\{(0,0),(1,1)\}¦{(1,1), (0,0)}
S¦\{2, 4, 6\}¦{6, 4, 2}
S¦(1, 0, -1)¦{1, 0, -1}
S¦(0.5, 2)¦{\frac12, 2}
""";

    private const string NearMisses = """
S¦(1, 3)¦{3, 1}
S¦(1, 3)¦\{1, 3\}
S¦(1, 3)¦\left\{1, 3\right\}
S¦(1, 3)¦\lbrace 1, 3 \rbrace
S¦(1, 3)¦{1, 4}
S¦(1, 2, 3)¦{1, 2}
S¦(1, 2, 3)¦{3, 2, 1}
S¦(-2, 5)¦{2, 5}
S¦\{1, 3\}¦(1, 3)
S¦\{1, 3\}¦{1, 3, 5}
S¦\{1, 3\}¦[1, 3]
S¦[1, 3]¦{1, 3}
S¦(1,2),(3,4)¦{(1,2),(4,3)}
S¦\{(1,2),(3,4)\}¦{(1,2),(3,5)}
S¦\{(1,2),(3,4)\}¦{(1,2)}
S¦\{(1,2),(3,4)\}¦\{1, 2, 3, 4\}
S¦\{(1,2),(3,4)\}¦{(2,1),(4,3)}
S¦[1, 3)¦{1, 3}
S¦(3, 4)¦\{3, 4\}.
S¦\{-1, 2\}¦x \in \{-1, 3\}
S¦\{-1, 2\}¦(-1, 2)
S¦\{1,2,3\}¦\{1\} \cup \{2\}
S¦(\frac{1}{2}, 4)¦{\frac{1}{4}, 2}
S¦(\sqrt{2}, 1)¦{1, \sqrt2}
S¦(0, \infty)¦{0, \infty}
S¦{1, 3}¦[1, 3]
S¦\langle 1, 3 \rangle¦\{1, 3\}
S¦(4, -1)¦(x, y) = {-1, 4}
S¦(2, \pi)¦\{2, \pi\}
S¦\{(0,0),(1,1)\}¦{(0,0), (1,-1)}
S¦\{2, 4, 6\}¦{2, 4}
S¦(1, 0, -1)¦{1, -1, 0}
S¦(0.5, 2)¦{\frac12, 3}
S¦(1, 3)¦\boxed{\{1, 3\}}
""";
}
