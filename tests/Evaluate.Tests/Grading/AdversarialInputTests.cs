using Evaluate.Core.Problems;
using Evaluate.Suites.Grading;
using NUnit.Framework;

namespace Evaluate.Tests.Grading;

/// <summary>
/// Hostile inputs must get a verdict in bounded work, without exceptions, hangs or memory blow-ups. The work is
/// asserted as counts (a timing fails on a loaded machine; the times are benchmarks, GradingWorstCaseBenchmarks).
/// </summary>
public sealed class AdversarialInputTests
{
    /// <summary>
    /// Bytes a hostile input may cost: a fixed allowance for the bounded parse and evaluation plus a little per character
    /// for the linear scans. Measured worst: about 8 MB (a 3,000-column matrix), 4.4 MB for a megabyte of digits; a
    /// quadratic scan or an unbounded big number goes far past it.
    /// </summary>
    private static long AllocationLimit(string text) => 32L * 1024 * 1024 + 16L * text.Length;

    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    /// <summary>An n×n pmatrix with every entry <paramref name="entry"/>.</summary>
    internal static string Matrix(int n, string entry) =>
        "\\begin{pmatrix}" + string.Join("\\\\", Enumerable.Repeat(string.Join("&", Enumerable.Repeat(entry, n)), n)) + "\\end{pmatrix}";

    private static string Determinant4() => "\\begin{vmatrix}1&2&3&4\\\\5&6&7&8\\\\9&1&2&3\\\\4&5&6&7\\end{vmatrix}";

    public static IEnumerable<TestCaseData> Inputs()
    {
        var inputs = new (string Name, string Text)[]
        {
            ("huge exponent literal", "1e999999"),
            ("power tower", "2^{2^{2^{2^{2^{2}}}}}"),
            ("power tower 9", "9^{9^{9^{9^{9}}}}"),
            ("repeated power", "((2^{4096})^{4096})^{4096}"),
            ("big factorial", "(10^{100})!"),
            ("nested factorial", "1000!!!"),
            ("factorial 5000", "5000!"),
            ("huge binomial", "\\binom{10^{9}}{5 \\cdot 10^{8}}"),
            ("10k nested braces", new string('{', 10_000) + "1" + new string('}', 10_000)),
            ("5k nested braces", new string('{', 5_000) + "1" + new string('}', 5_000)),
            ("megabyte of digits", new string('9', 1_000_000)),
            ("1999 digits", new string('7', 1_999)),
            ("long decimal", "0." + new string('3', 1_990)),
            ("control characters", "\u0000\u0001\u0007 5 \u001b\u007f"),
            ("lone surrogates", "\ud800 1 \udc00"),
            ("frac nested 5000", Repeat("\\frac{1}{", 5_000) + "2" + new string('}', 5_000)),
            ("frac nested 90", Repeat("\\frac{1}{", 90) + "2" + new string('}', 90)),
            ("sqrt nested 3000", Repeat("\\sqrt{", 3_000) + "2" + new string('}', 3_000)),
            ("unbalanced parens", new string('(', 10_000)),
            ("unclosed boxed", "\\boxed{" + new string('1', 100_000)),
            ("long sum", Repeat("x+", 4_000) + "1"),
            ("many plus-minus", Repeat("1\\pm ", 200) + "1"),
            ("wide matrix", "\\begin{pmatrix}" + Repeat("1&", 3_000) + "1\\end{pmatrix}"),
            ("division by zero", "\\frac{1}{0}"),
            ("zero to negative power", "0^{-1}"),
            ("log of zero base", "\\log_0 0"),
            ("variable huge power", "x^{999999999999}"),
            ("exp overflow", "e^{e^{e^{e^{10}}}}"),
            ("many unary minus", Repeat("-", 5_000) + "1"),
            ("deep sets", Repeat("\\{", 3_000) + "1" + Repeat("\\}", 3_000)),
            ("long list", Repeat("1,", 4_000) + "1"),
            ("many boxes", Repeat("\\boxed{1} ", 20_000)),
            ("think never closed", "<think>" + Repeat("hmm ", 100_000)),
            ("NaN-like", "NaN"),
            ("scientific edge", "1e-999999"),
            ("empty", ""),
            ("only delimiters", "$$ \\( \\) $$"),
            ("huge thousands", "1" + Repeat(",000", 3_000)),
            ("many answer words", Repeat("answer ", 30_000)),
            ("many answer headings", Repeat("Answer\n", 30_000)),
            ("unclosed inline math", "The answer is " + Repeat("\\( x ", 20_000)),
            ("dollar storm", "The answer is " + new string('$', 100_000)),
            ("nested boxes", Repeat("\\boxed{", 20_000) + "1" + new string('}', 20_000)),
            ("copula storm", "The answer is " + Repeat("is ", 3_000) + "1"),
            ("double escaped", Repeat("\\\\frac{1}{2}+", 2_000) + "1"),
            ("big union", Repeat("[1,2] \\cup ", 199) + "[1,2]"),
            ("bold storm", new string('*', 200_000)),
            ("long concluding sentence", Repeat("x is ", 40_000) + "$" + new string('1', 1_500) + "$."),
            ("thin-space digits", Repeat("1\\,000", 3_000)),
            ("braced commas", "1" + Repeat("{,}000", 3_000)),
            // Issue 21 scans: chat-template junk, repeated prompts, a final answer after a box, decimal commas, \text{…}.
            ("template token storm", Repeat("<|im_start|>", 17_000)),
            ("template tokens after an answer", "The answer is 1" + Repeat("<|im_end|>", 20_000)),
            ("angle bracket storm", new string('<', 200_000)),
            ("near-token storm", Repeat("<|im_", 40_000)),
            ("inst bracket storm", Repeat("[INS", 50_000)),
            ("question lines", Repeat("Question:\n", 20_000)),
            ("prompt after every line", Repeat("x\nQ: ", 40_000)),
            ("final answers after a box", "\\boxed{1}" + Repeat("final answer ", 15_000)),
            ("final answer is after a box", "\\boxed{1}" + Repeat("Final answer is not ", 10_000)),
            ("100k commas", new string(',', 100_000)),
            ("digit commas", "1" + Repeat(",5", 50_000)),
            ("one decimal comma, long", new string('1', 1_990) + ",5"),
            ("text command storm", Repeat("\\text{", 20_000) + "5" + new string('}', 20_000)),
            ("text numbers", Repeat("\\text{5 cm}", 10_000)),
            ("escaped dollar storm", "The answer is $" + Repeat("\\$", 50_000) + "$."),
            ("fraction storm", "The total is " + Repeat("1/", 30_000) + "2%."),
            ("change cue storm", Repeat("increases by ", 15_000) + "100%."),
            // Issue 21: matrix arithmetic, determinants, relation chains and prose lead-ins.
            ("matrix product 14x14", Matrix(14, "9") + Matrix(14, "9")),
            ("matrix product 20x20", Matrix(20, "9") + Matrix(20, "9")),
            ("matrix product 200x200", Matrix(200, "1") + Matrix(200, "1")),
            ("matrix power 14x14^16", Matrix(14, "9") + "^{16}"),
            ("symbolic matrix power", Matrix(14, "x") + "^{16}"),
            ("matrix sum chain", Repeat(Matrix(10, "1") + "+", 40) + Matrix(10, "1")),
            ("vmatrix of vmatrices", "\\begin{vmatrix}" + string.Join("\\\\", Enumerable.Repeat(string.Join("&", Enumerable.Repeat(Determinant4(), 4)), 4)) + "\\end{vmatrix}"),
            ("long relation chain", Repeat("x < ", 5_000) + "1"),
            ("long equation chain of matrices", Repeat(Matrix(3, "1") + " = ", 500) + Matrix(3, "1")),
            ("prose lead-in storm", Repeat("so ", 20_000) + "x < 1"),
            ("braced pairs", "{" + Repeat("{1,2},", 150) + "{1,2}}"),
        };
        foreach (var (name, text) in inputs)
            yield return new TestCaseData(text).SetArgDisplayNames(name);
    }

    [TestCaseSource(nameof(Inputs))]
    public void GivesAVerdictInBoundedWorkAsAnswer(string hostile)
    {
        var checker = new MathAnswerChecker(ExtractionMode.Flexible);
        var work = GradingWork.Start();
        var extracted = checker.Extract(hostile);
        var againstOne = checker.Grade(new Problem("a", "", "1", ProblemMeta.None), extracted);
        var asGold = checker.Grade(new Problem("a", "", hostile, ProblemMeta.None), "1");
        var againstVariant = checker.Grade(new Problem("a", "", hostile, ProblemMeta.None), hostile + "+1");
        bool vote = checker.Equivalent(new Problem("a", "", "1", ProblemMeta.None), hostile, hostile + "0");
        var spent = work.Stop();
        TestContext.Out.WriteLine($"{spent}: {againstOne.Reason} / {asGold.Reason} / {againstVariant.Reason} / {vote}");
        // One budget per comparison (gold and answer share it): three grades and one vote.
        AssertBounded(spent, budgets: 4, hostile);
        Assert.That(againstOne.Reason, Is.Not.Empty);
        Assert.That(againstVariant.Correct, Is.False, "x and x+1 must never be graded equal");
    }

    [TestCaseSource(nameof(Inputs))]
    public void Gsm8kCheckerGivesAVerdictInBoundedWork(string hostile)
    {
        var checker = new Gsm8kAnswerChecker();
        var work = GradingWork.Start();
        var verdict = checker.Grade(new Problem("g", "", "1", ProblemMeta.None), checker.Extract(hostile));
        var asGold = checker.Grade(new Problem("g", "", hostile, ProblemMeta.None), "1");
        var spent = work.Stop();
        TestContext.Out.WriteLine(spent);
        // Each grade reads two numbers, each with a parse budget and, when that fails, a literal budget.
        AssertBounded(spent, budgets: 8, hostile);
        Assert.That(verdict.Reason, Is.Not.Empty);
        Assert.That(asGold.Reason, Is.Not.Empty);
    }

    /// <summary>
    /// At most <paramref name="budgets"/> work budgets were opened, no more steps were spent than they granted (each
    /// budget stops the work it meters), and allocation stayed within <see cref="AllocationLimit"/>.
    /// </summary>
    private static void AssertBounded(GradingWork.Spent spent, int budgets, string hostile)
    {
        Assert.That(spent.Granted, Is.LessThanOrEqualTo((long)budgets * GradingLimits.WorkBudget), "budgets opened");
        Assert.That(spent.Steps, Is.LessThanOrEqualTo(spent.Granted), "steps past the budgets");
        Assert.That(spent.AllocatedBytes, Is.LessThan(AllocationLimit(hostile)), "bytes allocated");
    }

    [Test]
    public void HostileInputsAreGradedWrongNotRight()
    {
        var checker = new MathAnswerChecker();
        foreach (var data in Inputs())
        {
            var hostile = (string)data.Arguments[0]!;
            if (hostile is "1e-999999" or "0^{-1}") continue;
            var verdict = checker.Grade(new Problem("a", "", "2", ProblemMeta.None), checker.Extract(hostile));
            Assert.That(verdict.Correct, Is.False, data.TestName);
        }
    }
}
