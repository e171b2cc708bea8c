using Evaluate.Core.Problems;
using Evaluate.Suites.Grading;
using NUnit.Framework;

namespace Evaluate.Tests.Grading;

/// <summary>Runs the labelled table through the math checker, as written and (for bare answers) wrapped in a boxed sentence.</summary>
public sealed class MathCheckerCaseTests
{
    private static readonly MathAnswerChecker Checker = new();

    private static IEnumerable<(bool Expected, string Gold, string Response)> Rows()
    {
        foreach (var line in MathCaseTable.Text.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal)) continue;
            var parts = trimmed.Split('¦');
            if (parts.Length != 3 || parts[0] is not ("Y" or "N")) throw new FormatException("bad case row: " + trimmed);
            yield return (parts[0] == "Y", parts[1], parts[2].Replace("⏎", "\n", StringComparison.Ordinal));
        }
    }

    private static bool IsBareAnswer(string response) =>
        !response.Contains("boxed", StringComparison.Ordinal) && !response.Contains("answer", StringComparison.OrdinalIgnoreCase)
        && !response.Contains("think", StringComparison.Ordinal) && !response.Contains('#') && !response.Contains("fbox", StringComparison.Ordinal)
        && !response.Contains('$') && !response.Contains("\\(", StringComparison.Ordinal) && !response.Contains("\\[", StringComparison.Ordinal);

    public static IEnumerable<TestCaseData> AsWritten() =>
        Rows().Select(r => new TestCaseData(r.Expected, r.Gold, r.Response).SetArgDisplayNames($"{(r.Expected ? "Y" : "N")}: {r.Gold} ~ {Short(r.Response)}"));

    public static IEnumerable<TestCaseData> BoxedInSentence() =>
        Rows().Where(r => IsBareAnswer(r.Response))
              .Select(r => new TestCaseData(r.Expected, r.Gold, $"Let us verify the computation carefully.\n\nSo the final result is $\\boxed{{{r.Response}}}$. Done.")
                  .SetArgDisplayNames($"boxed {(r.Expected ? "Y" : "N")}: {r.Gold} ~ {Short(r.Response)}"));

    private static string Short(string s) => s.Length <= 60 ? s : s[..60] + "…";

    [TestCaseSource(nameof(AsWritten))]
    public void GradesAsLabelled(bool expected, string gold, string response) => AssertGrade(expected, gold, response);

    [TestCaseSource(nameof(BoxedInSentence))]
    public void GradesBoxedVariantAsLabelled(bool expected, string gold, string response) => AssertGrade(expected, gold, response);

    [Test]
    public void TableHasAtLeast280RowsInBothDirections()
    {
        var rows = Rows().ToList();
        Assert.That(rows, Has.Count.GreaterThanOrEqualTo(280));
        Assert.That(rows.Count(r => !r.Expected), Is.GreaterThanOrEqualTo(100));
    }

    private static void AssertGrade(bool expected, string gold, string response)
    {
        var problem = new Problem("t", "", gold, ProblemMeta.None);
        var extracted = Checker.Extract(response);
        var verdict = Checker.Grade(problem, extracted);
        Assert.That(verdict.Correct, Is.EqualTo(expected), $"extracted '{extracted}', reason {verdict.Reason}");
        Assert.That(verdict.Reason, Is.Not.Empty);
    }
}
