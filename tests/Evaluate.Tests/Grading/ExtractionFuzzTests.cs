using Evaluate.Core.Problems;
using Evaluate.Suites.Grading;
using NUnit.Framework;

namespace Evaluate.Tests.Grading;

/// <summary>
/// Random responses assembled from the pieces the extractor reacts to (cues, delimiters, boxes, commas, digits).
/// Extraction has no safety net around it, so any index slip would throw here; the seed is fixed.
/// </summary>
public sealed class ExtractionFuzzTests
{
    private static readonly string[] Pieces =
    [
        "answer", "Answer", "answers are", " is ", ":", "**", "###", "\n", " ", ".", ",", "$", "$$", "\\(", "\\)", "\\[", "\\]",
        "\\boxed{", "\\fbox{", "{", "}", "{,}", "\\,", "\\!", "€", "1", "23", "0.5", "-", "=", "\\approx", "<=", "\\le", "x", "f(x)",
        "\\frac", "\\\\frac", "\\\\", "\\left(", "\\right)", "\\begin{pmatrix}", "\\end{pmatrix}", "&", "\\cup", "[", "]", "(", ")",
        "\\mathbb{R}", "\\emptyset", "\\text{", " and ", " or ", " when ", "therefore", "Thus", "total is", "#### ", "<think>", "</think>",
    ];

    [Test]
    public void RandomResponsesNeverThrow()
    {
        var random = new Random(20261130);
        var strict = new MathAnswerChecker();
        var flexible = new MathAnswerChecker(ExtractionMode.Flexible);
        var failures = new List<string>();
        for (int i = 0; i < 20_000; i++)
        {
            int length = random.Next(1, 24);
            var text = string.Concat(Enumerable.Range(0, length).Select(_ => Pieces[random.Next(Pieces.Length)]));
            try
            {
                foreach (var checker in new[] { strict, flexible })
                {
                    var problem = new Problem("f", "", text, ProblemMeta.None);
                    checker.Grade(problem, checker.Extract(text));
                    checker.Grade(new Problem("f", "", "1", ProblemMeta.None), checker.Extract(text));
                }
            }
            catch (Exception ex)
            {
                failures.Add($"{ex.GetType().Name} on {text}");
                if (failures.Count >= 5) break;
            }
        }
        Assert.That(failures, Is.Empty);
    }
}
