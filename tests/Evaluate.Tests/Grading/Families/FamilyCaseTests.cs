using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Grading;
using NUnit.Framework;

namespace Evaluate.Tests.Grading.Families;

/// <summary>Runs the grading-fidelity families (issue 15: 1–7; issue 21: 8–14) through the math checker.</summary>
public sealed class FamilyCaseTests
{
    private static readonly GradingFamily[] Families =
    [
        AnswersOutsideBoxCases.Family, RelationsCases.Family, SetsAndIntervalsCases.Family, NumberTypographyCases.Family,
        StructuresCases.Family, GoldSolutionCases.Family, OmniMathCases.Family,
        // Issue 21, extraction and number typography.
        TurnJunkAndProseFinalsCases.Family, ThousandsInFinalAnswersCases.Family, DecimalCommaCases.Family, TextAroundNumbersCases.Family,
        // Issue 21, inequalities, matrices and braces.
        InequalityFormsCases.Family, MatrixFormsCases.Family, BraceGroupingCases.Family,
    ];

    private static IEnumerable<FamilyCaseRow> Rows(Func<GradingFamily, string> table) =>
        Families.SelectMany(f => FamilyCaseRow.Parse(f.Name, table(f)));

    public static IEnumerable<TestCaseData> EquivalentRows() => Rows(f => f.Equivalent).Select(r => new TestCaseData(r).SetArgDisplayNames(r.ToString()));
    public static IEnumerable<TestCaseData> NearMissRows() => Rows(f => f.NearMisses).Select(r => new TestCaseData(r).SetArgDisplayNames(r.ToString()));
    public static IEnumerable<TestCaseData> UngradableRows() => Rows(f => f.Ungradable).Select(r => new TestCaseData(r).SetArgDisplayNames(r.ToString()));

    [TestCaseSource(nameof(EquivalentRows))]
    public void EquivalentAnswersAreCorrect(FamilyCaseRow row)
    {
        var (verdict, extracted) = Grade(row);
        Assert.That(verdict.Correct, Is.True, $"extracted '{extracted}', reason {verdict.Reason}");
    }

    [TestCaseSource(nameof(NearMissRows))]
    public void NearMissesStayIncorrect(FamilyCaseRow row)
    {
        var (verdict, extracted) = Grade(row);
        Assert.That(verdict.Correct, Is.False, $"extracted '{extracted}', reason {verdict.Reason}");
        Assert.That(verdict.Reason, Is.Not.Empty);
    }

    [TestCaseSource(nameof(UngradableRows))]
    public void UngradableGoldsAreNeverAConfidentNotEqual(FamilyCaseRow row)
    {
        var (verdict, extracted) = Grade(row);
        Assert.That(verdict.Correct, Is.False, $"extracted '{extracted}'");
        Assert.That(GradingReasons.IsUngradable(verdict.Reason), Is.True, $"extracted '{extracted}', reason {verdict.Reason}");
    }

    [Test]
    public void EveryFamilyHasManyCasesAndTheNearMissTableIsAsLargeAsThePositiveOne()
    {
        foreach (var family in Families)
        {
            Assert.That(FamilyCaseRow.Parse(family.Name, family.Equivalent).Count(), Is.GreaterThanOrEqualTo(30), family.Name);
            Assert.That(FamilyCaseRow.Parse(family.Name, family.NearMisses).Count(), Is.GreaterThanOrEqualTo(30), family.Name);
        }
        int positive = Rows(f => f.Equivalent).Count(), nearMisses = Rows(f => f.NearMisses).Count(), ungradable = Rows(f => f.Ungradable).Count();
        TestContext.Out.WriteLine($"{positive} equivalent, {nearMisses} near misses, {ungradable} ungradable");
        Assert.That(positive + nearMisses + ungradable, Is.GreaterThanOrEqualTo(400));
        Assert.That(nearMisses, Is.GreaterThanOrEqualTo(positive));
    }

    private static (Verdict Verdict, string? Extracted) Grade(FamilyCaseRow row)
    {
        var checker = new MathAnswerChecker(row.Mode, decimalComma: row.DecimalComma);
        var extracted = checker.Extract(row.Response);
        return (checker.Grade(new Problem("t", "", row.Gold, ProblemMeta.None), extracted), extracted);
    }
}
