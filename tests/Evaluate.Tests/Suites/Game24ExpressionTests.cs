using Evaluate.Core.Puzzles.Game24;
using Evaluate.Suites.Game24;

namespace Evaluate.Tests.Suites;

public sealed class Game24ExpressionTests
{
    [TestCase("(6 - 4) * (4 + 8)", new[] { 4, 4, 6, 8 }, ExpectedResult = true)]
    [TestCase("(4 + 8) * (6 - 4) = 24", new[] { 4, 4, 6, 8 }, ExpectedResult = true)]
    [TestCase("8/(3-8/3)", new[] { 3, 3, 8, 8 }, ExpectedResult = true)]          // needs a fractional intermediate (1/3)
    [TestCase("8 / (3 - 8 / 3) = 24", new[] { 8, 3, 8, 3 }, ExpectedResult = true)] // input order does not matter
    [TestCase("5 + 5 + 5 + 9", new[] { 5, 5, 5, 9 }, ExpectedResult = true)]
    [TestCase("(1 + 8 / 4) * 8", new[] { 1, 4, 8, 8 }, ExpectedResult = true)]
    [TestCase("((10 - 4) * 6) - (5 * ...)", new[] { 4, 5, 6, 10 }, ExpectedResult = false)]
    [TestCase("4 * (10 - 6) + 5 + 3", new[] { 4, 5, 6, 10 }, ExpectedResult = false)]
    public bool Checks_expressions(string expression, int[] numbers) => Game24Expression.Check(expression, numbers).Correct;

    [TestCase("(6 - 4) * (4 + 8)", new[] { 4, 4, 6, 8 })]
    public void Accepts_valid_solution(string expression, int[] numbers) =>
        Assert.That(Game24Expression.Check(expression, numbers).Reason, Is.EqualTo("equals-24"));

    [TestCase("4 * 6", new[] { 4, 6, 1, 1 }, "wrong-numbers")]              // numbers unused
    [TestCase("4 * 6 * 1 * 1 * 1", new[] { 4, 6, 1, 1 }, "wrong-numbers")]  // a number used twice
    [TestCase("(12 * 2) * (10 - 9)", new[] { 2, 9, 10, 13 }, "wrong-numbers")]
    [TestCase("4 * 6 / (1 - 1)", new[] { 4, 6, 1, 1 }, "division-by-zero")]
    [TestCase("4 * 6 ^ 1 * 1", new[] { 4, 6, 1, 1 }, "invalid-character")]
    [TestCase("-4 + 6 * 4 + 4", new[] { 4, 4, 4, 6 }, "invalid-expression")] // no unary minus
    [TestCase("(4 + 4 * (6 - 4)", new[] { 4, 4, 4, 6 }, "invalid-expression")] // unbalanced
    [TestCase("4 4 6 8", new[] { 4, 4, 6, 8 }, "invalid-expression")]
    [TestCase("4 + 4 + 6 + 8", new[] { 4, 4, 6, 8 }, "equals-22")]
    [TestCase("1 / 3 + 8 * 3 - 1 / 3", new[] { 1, 3, 8, 3 }, "wrong-numbers")]
    public void Rejects_with_a_reason(string expression, int[] numbers, string reason) =>
        Assert.That(Game24Expression.Check(expression, numbers), Has.Property("Correct").False.And.Property("Reason").EqualTo(reason));

    [Test]
    public void Rejects_empty_and_oversized_input()
    {
        Assert.That(Game24Expression.Check("", [1, 2, 3, 4]).Reason, Is.EqualTo("no-answer"));
        Assert.That(Game24Expression.Check(new string('(', 100_000), [1, 2, 3, 4]).Reason, Is.EqualTo("too-long"));
        Assert.That(Game24Expression.Check(new string('(', 300) + "4", [4]).Correct, Is.False);
    }

    [Test]
    public void Every_solver_solution_passes_the_checker()
    {
        foreach (var puzzle in new[] { new[] { 4, 5, 6, 10 }, [3, 3, 8, 8], [1, 1, 4, 6], [1, 2, 7, 7] })
        {
            var solutions = Game24Solver.Solve(puzzle);
            Assert.That(solutions, Is.Not.Empty, string.Join(' ', puzzle));
            foreach (var solution in solutions)
                Assert.That(Game24Expression.Check(solution.Expression, puzzle).Correct, Is.True, solution.Expression);
        }
    }

    [Test]
    public void Unsolvable_puzzle_has_no_solution() => Assert.That(Game24Solver.IsSolvable([1, 1, 1, 1]), Is.False);
}
