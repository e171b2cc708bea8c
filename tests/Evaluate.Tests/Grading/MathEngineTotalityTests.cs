using System.Text;
using Evaluate.Suites.Grading;

namespace Evaluate.Tests.Grading;

/// <summary>
/// The math engine no longer hides its exceptions behind "unparseable" (a safety net that made any bug look like a
/// hard answer): it must be total by construction. Random mixtures of the notation it reads, nested and broken,
/// must give a verdict; an exception here is a bug the net used to hide.
/// </summary>
public sealed class MathEngineTotalityTests
{
    private static readonly string[] Atoms =
    [
        "1", "0", "2", "5", "x", "y", "a", "e", "i", ".", "0.", "999999999", "1e400", "\\frac{", "\\dfrac", "{", "}", "^", "_",
        "\\sqrt", "(", ")", "[", "]", ",", "+", "-", "*", "/", "=", "<", "\\le", "\\ge", "\\ne", "\\approx", "\\infty", "\\pi",
        "%", "\\%", "!", "!!", "\\cup", "\\{", "\\}", "\\text{", "\\pm", "\\sin", "\\tan", "\\log", "\\ln", "\\cdot", " ",
        "\\binom", "\\choose", "\\begin{pmatrix}", "\\end{pmatrix}", "&", "\\\\", "\\circ", "^\\circ", "|", "\\left(", "\\right)",
        "\\mathbb{R}", "\\emptyset", ":", ";", "x_1", "\\sum", "\\int", "\\lfloor", "\\rfloor", "\\lceil", "\\rceil", "$", "\\$",
        "_{16}", "_2", "1/0", "0^0", "0^{-1}", "(-8)^{1/3}", "10^{10^{10}}",
    ];

    [Test]
    public void Random_notation_always_gets_a_verdict()
    {
        var random = new Random(42);
        var thrown = new List<string>();
        for (var n = 0; n < 40_000 && thrown.Count < 10; n++)
        {
            var gold = Mixture(random);
            var answer = random.Next(3) == 0 ? gold : Mixture(random);
            try
            {
                MathEquivalence.Check(gold, answer);
                MathEquivalence.Check(gold, answer, unorderedLists: false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                thrown.Add($"gold {gold} / answer {answer}: {e.GetType().Name}: {e.Message}");
            }
        }
        Assert.That(thrown, Is.Empty, string.Join("\n", thrown));
    }

    private static string Mixture(Random random)
    {
        var text = new StringBuilder();
        for (var k = random.Next(1, 12); k > 0; k--) text.Append(Atoms[random.Next(Atoms.Length)]);
        return text.ToString();
    }
}
