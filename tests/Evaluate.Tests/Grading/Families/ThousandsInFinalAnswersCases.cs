namespace Evaluate.Tests.Grading.Families;

/// <summary>Family 9 (issue 21): thousands separators in final-answer statements, boxes and dollar-delimited answers,
/// including a box earlier in the working that a later final-answer statement overrides.</summary>
internal static class ThousandsInFinalAnswersCases
{
    public static GradingFamily Family { get; } = new("9 thousands in final answers", Equivalent, NearMisses);

    private const string Equivalent = """
S¦10455¦The final answer is $10,455$
S¦10455¦Final Answer: The final answer is $10,455$. I hope it is correct.
S¦10455¦The interest is $0.05 \cdot 10,200 \cdot \frac{1}{2} = \boxed{255}$, so Dr. Zaius has $10,200 + 255 = 10,455$ dollars.⏎⏎Final Answer: The final answer is $10,455$. I hope it is correct.
S¦10455¦The second part is $\boxed{255}$. **Final Answer:** $10{,}455$
S¦10455¦The first box holds $\boxed{200}$ and the second $\boxed{255}$.⏎Final answer: 10,455
S¦10455¦\boxed{10,455}
S¦10455¦$\boxed{10{,}455}$
S¦10455¦\boxed{10\,455}
S¦10455¦The answer is $10{,}455$.
S¦10455¦The answer is $10\,455$.
S¦10455¦The answer is 10,455.
S¦1000000¦$1,000,000$
S¦1000000¦\boxed{1{,}000{,}000}
S¦1000000¦So the total is $\$1,000,000$.
S¦1000000¦The answer is \$1,000,000.
S¦1000000¦The final answer is $1\,000\,000$
S¦2048576¦\boxed{2,\!048,\!576}
S¦12345.5¦The final answer is $12,345.5$.
S¦-2500¦The final answer is $-2,500$.
S¦10455¦Final Answer: The final answer is 10,455 dollars. I hope it is correct.
S¦10,455¦The final answer is $10455$
S¦10{,}455¦\boxed{10455}
S¦1234567¦The answer is **1,234,567**.
S¦5040¦There are $\boxed{5,040}$ arrangements.
S¦5040¦Hence the number of arrangements is 5,040.
S¦5040¦Hence the number of arrangements is $5{,}040$.
F¦5040¦Multiplying, we get 5,040 arrangements
F¦10455¦After six months she has $10,455 in the account.
S¦100000¦The answer: $100{,}000$
S¦3000¦The final answer is $3,\!000$.
""";

    private const string NearMisses = """
// A box in the working is not the final answer when a final-answer statement follows it.
S¦255¦The interest is $0.05 \cdot 10,200 \cdot \frac{1}{2} = \boxed{255}$, so Dr. Zaius has $10,200 + 255 = 10,455$ dollars.⏎⏎Final Answer: The final answer is $10,455$. I hope it is correct.
S¦255¦The second part is $\boxed{255}$. **Final Answer:** $10{,}455$
// ... but a later remark about the answer that states no value, or negates one, does not override the box.
S¦10455¦The total is $\boxed{255}$. The final answer is not $10,455$.
S¦10455¦We find $\boxed{255}$, and one might think the answer is $10,455$.
// Wrong digits, groups or magnitudes.
S¦10455¦The final answer is $10,454$
S¦10455¦The final answer is $1,0455$
S¦10455¦The final answer is $10,45$
S¦10455¦\boxed{10,4550}
S¦10455¦\boxed{104,55}
S¦10455¦$\boxed{10{,}45}$
S¦10455¦\boxed{1\,0455}
S¦10455¦The answer is $10.455$.
S¦10455¦The answer is 255.
S¦10455¦The answer is $455$.
S¦1000000¦$1,000,00$
S¦1000000¦$100,000$
S¦1000000¦\boxed{1{,}000{,}000{,}000}
S¦1000000¦The final answer is $1\,000$
S¦2048576¦\boxed{2,\!048,\!567}
S¦12345.5¦The final answer is $12,345.50 + 1$.
S¦-2500¦The final answer is $2,500$.
S¦10455¦The final answer is $10,455 + 1$.
S¦10455¦The final answer is $10, 455$
S¦1234567¦The answer is **1,234,568**.
S¦5040¦There are $\boxed{5,400}$ arrangements.
S¦5040¦Hence the number of arrangements is 504.
S¦5040¦Hence the number of arrangements is 5,040 or 5,041.
F¦5040¦Multiplying, we get 5,400 arrangements
F¦10455¦After six months she has $10,545 in the account.
S¦100000¦The answer: $10{,}000$
S¦3000¦The final answer is $30,\!00$.
""";
}
