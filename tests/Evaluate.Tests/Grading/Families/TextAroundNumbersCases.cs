namespace Evaluate.Tests.Grading.Families;

/// <summary>Family 11 (issue 21): numbers and units inside <c>\text{…}</c>, <c>\textbf{…}</c>, <c>\mbox{…}</c>,
/// <c>\mathrm{…}</c>: the number is read, a unit after it is dropped, any other text is kept.</summary>
internal static class TextAroundNumbersCases
{
    public static GradingFamily Family { get; } = new("11 text around numbers", Equivalent, NearMisses);

    private const string Equivalent = """
S¦5¦\text{5}
S¦5¦\boxed{\text{5}}
S¦5¦\text{ 5 }
S¦5¦\text{5 cm}
S¦5¦\boxed{\text{5 cm}}
S¦5¦5\text{ cm}^2
S¦5¦\text{5 cm}^2
S¦5¦\text{\$}5
S¦5¦\text{\$5}
S¦5¦\textbf{5}
S¦12¦\textbf{12}
S¦12¦The answer is $\textbf{12}$.
S¦12¦\mbox{12}
S¦12¦\mbox{12 apples}
S¦12¦\textrm{12}
S¦12¦\mathrm{12}
S¦12¦\mathbf{12}
S¦-3¦\text{-3}
S¦3.5¦\text{3.5 meters}
S¦10000¦\text{10,000}
S¦10000¦\text{10,000 dollars}
S¦25\%¦\text{25\%}
S¦0.25¦\text{25%}
S¦\text{5}¦5
S¦5 \text{ cm}¦\text{5 cm}
S¦\text{12 apples}¦12
S¦60¦\text{60 minutes}
S¦2¦\boxed{\textbf{2}}
S¦7¦Final answer: \textbf{7}
S¦30¦\text{30}^\circ
S¦(1, 2)¦(\text{1}, \text{2})
""";

    private const string NearMisses = """
// A wrong number inside the text command.
S¦5¦\text{6}
S¦5¦\boxed{\text{6 cm}}
S¦5¦\text{50 cm}
S¦5¦\text{\$6}
S¦12¦\textbf{21}
S¦12¦\mbox{1.2}
S¦12¦\mathrm{13}
S¦-3¦\text{3}
S¦3.5¦\text{35 meters}
S¦10000¦\text{1,000}
S¦25\%¦\text{2.5\%}
// Text that is more than a number and its unit stays text: hedges, lists, ranges, other numbers.
S¦5¦\text{5 or 6}
S¦5¦\text{5 and 6}
S¦5¦\text{between 5 and 6}
S¦5¦\text{about 5 or 7}
S¦5¦\text{5 to 7}
S¦2¦\text{2 hours and 30 minutes}
S¦1¦\text{Case 1}
S¦1¦\text{1st}
S¦2¦\text{2x}
S¦5¦\text{5} + 1
S¦5¦\text{5}\text{5}
S¦5¦\text{-5}
S¦12¦\textbf{12} \cdot 2
S¦(1, 2)¦(\text{2}, \text{1})
S¦\text{5}¦6
S¦5 \text{ cm}¦\text{6 cm}
S¦7¦Final answer: \textbf{8}
S¦60¦\text{6 minutes}
S¦30¦\text{30}^2
""";
}
