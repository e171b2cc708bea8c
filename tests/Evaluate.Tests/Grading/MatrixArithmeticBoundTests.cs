using Evaluate.Suites.Grading;
using Evaluate.Suites.Grading.Equivalence;
using Evaluate.Suites.Grading.Parsing;
using NUnit.Framework;

namespace Evaluate.Tests.Grading;

/// <summary>
/// Matrix arithmetic in answers is size-checked before anything is computed (issue 21): a product's shapes are read
/// first, and one beyond <see cref="GradingLimits.MaxItems"/> entries or <see cref="GradingLimits.MaxMatrixProductTerms"/>
/// multiply-adds is refused without spending its cost. Work is asserted as steps, never as time.
/// </summary>
public sealed class MatrixArithmeticBoundTests
{
    private static MathNode Parse(string text, WorkBudget budget) =>
        MathParser.Parse(text, budget) ?? throw new AssertionException($"did not parse: {text[..Math.Min(80, text.Length)]}");

    private static string Identity(int n) =>
        "\\begin{pmatrix}" + string.Join("\\\\", Enumerable.Range(0, n).Select(i => string.Join("&", Enumerable.Range(0, n).Select(j => i == j ? "1" : "0")))) + "\\end{pmatrix}";

    [Test]
    public void AProductWithinTheBoundsIsComputed()
    {
        var budget = new WorkBudget();
        var product = Parse(AdversarialInputTests.Matrix(14, "3") + Identity(14), budget);
        var reduced = new MatrixArithmetic(budget).Reduce(product);
        Assert.That(reduced, Is.Not.Null);
        Assert.That(reduced!.Rows, Has.Count.EqualTo(14));
        Assert.That(reduced.Rows.SelectMany(r => r).All(e => e is NumberNode { Value: var v } && v == Evaluate.Suites.Grading.Evaluation.BigRational.FromInteger(3)), Is.True);
    }

    [TestCase(20, 20, 20, 20)] // 400 entries per operand: over the item bound
    [TestCase(25, 1, 1, 25)] // a column times a row: a 625-entry result
    [TestCase(2, 3, 2, 3)] // shapes that do not fit
    public void AnOversizedOrUndefinedProductIsRefusedFromItsShapesBeforeComputing(int leftRows, int leftColumns, int rightRows, int rightColumns)
    {
        var budget = new WorkBudget();
        var product = Parse(Rectangle(leftRows, leftColumns) + Rectangle(rightRows, rightColumns), budget);
        var before = GradingWork.Start();
        var reduced = new MatrixArithmetic(budget).Reduce(product);
        var spent = before.Stop();
        Assert.That(reduced, Is.Null);
        // Refusing costs a step per operand and operation, not one per multiply-add (8,000 or more here).
        Assert.That(spent.Steps, Is.LessThan(50), spent.ToString());
    }

    [Test]
    public void AGradedOversizedProductIsNotEqualToItsValue()
    {
        // 20×20 all-ones squared is all-twenties, but the product is refused, so the answer is never accepted.
        var verdict = MathEquivalence.Check(AdversarialInputTests.Matrix(20, "20"), AdversarialInputTests.Matrix(20, "1") + AdversarialInputTests.Matrix(20, "1"));
        Assert.That(verdict.Correct, Is.False, verdict.Reason);
        var small = MathEquivalence.Check(AdversarialInputTests.Matrix(10, "10"), AdversarialInputTests.Matrix(10, "1") + AdversarialInputTests.Matrix(10, "1"));
        Assert.That(small.Correct, Is.True, small.Reason);
    }

    [Test]
    public void ARepeatedPowerStaysWithinOneBudget()
    {
        var work = GradingWork.Start();
        var verdict = MathEquivalence.Check("1", AdversarialInputTests.Matrix(14, "x") + "^{16}");
        var spent = work.Stop();
        Assert.That(verdict.Correct, Is.False);
        Assert.That(spent.Granted, Is.LessThanOrEqualTo(GradingLimits.WorkBudget));
        Assert.That(spent.Steps, Is.LessThanOrEqualTo(spent.Granted));
    }

    private static string Rectangle(int rows, int columns) =>
        "\\begin{pmatrix}" + string.Join("\\\\", Enumerable.Repeat(string.Join("&", Enumerable.Repeat("1", columns)), rows)) + "\\end{pmatrix}";
}
