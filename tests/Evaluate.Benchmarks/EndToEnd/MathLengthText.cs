using System.Globalization;
using System.Text;

namespace Evaluate.Benchmarks.EndToEnd;

/// <summary>Generated MATH-length responses (about 1.2 KB: several attempts, LaTeX, hesitation markers) for grade and replay inputs.</summary>
public static class MathLengthText
{
    private static readonly string[] Steps =
    [
        "Let $x$ be the unknown. Expanding $(x+1)^2 = x^2 + 2x + 1$ and collecting terms gives a quadratic in $x$. ",
        "Wait, let me double-check the discriminant: $b^2 - 4ac = 16 - 12 = 4$, so $\\sqrt{4} = 2$. ",
        "Alternatively, substitute $y = \\frac{x}{2}$ and solve $2y^2 + 3y - 2 = 0$ by factoring. ",
        "Hmm, the sum of the roots is $-\\frac{b}{a}$ and their product is $\\frac{c}{a}$, which matches. ",
    ];

    public static string Response(int problem, int sample, int gold)
    {
        var text = new StringBuilder(1400);
        for (var round = 0; round < 3; round++)
        {
            for (var s = 0; s < 3; s++) text.Append(Steps[(problem + sample + round + s) % Steps.Length]);
            var answer = (round + sample) % 3 == 2 ? gold : gold + round + 1;
            text.Append(CultureInfo.InvariantCulture, $"So the answer is $\\boxed{{{answer}}}$.\n\n");
        }
        return text.ToString();
    }
}
