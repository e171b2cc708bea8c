using Evaluate.Core.Problems;
using Evaluate.Suites.Competitions;
using Evaluate.Suites.Grading;
using Evaluate.Suites.Minerva;
using Evaluate.Suites.OlympiadBench;

namespace Evaluate.Tests.Suites.Competitions;

/// <summary>
/// The per-suite grading rules, each with near misses that must stay wrong: AIME's integer 0-999, AMC's numeric
/// gold, Minerva's units and 1e-4 relative tolerance, OlympiadBench's multiple answers, intervals, tuples, equations,
/// units and absolute precision. The tolerances are these suites' alone: MATH-500's checker stays exact.
/// </summary>
public sealed class CompetitionGradingTests
{
    private static Problem WithGold(string gold, string id = "p") => new(id, "", gold, ProblemMeta.None);

    [TestCase("33", "33", true)]
    [TestCase("033", "33", true)]
    [TestCase("33", "033", true)]
    [TestCase("0", "000", true)]
    [TestCase("204", "\\boxed{204}", true)]
    [TestCase("33", "34", false)]
    [TestCase("33", "33.0", false)]
    [TestCase("33", "\\frac{66}{2}", false)]
    [TestCase("33", "-33", false)]
    [TestCase("33", "33 + 0", false)]
    [TestCase("33", "1033", false)]
    [TestCase("999", "0999", true)]
    [TestCase("999", "1000", false)]
    public void Aime_answers_are_integers_from_0_to_999(string gold, string response, bool correct)
    {
        var checker = new AimeAnswerChecker();
        var answer = checker.Extract(response.StartsWith('\\') ? response : $"The answer is $\\boxed{{{response}}}$.");
        var verdict = checker.Grade(WithGold(gold), answer);
        Assert.That(verdict.Correct, Is.EqualTo(correct), verdict.Reason);
    }

    [Test]
    public void Aime_reasons_say_why_an_answer_is_not_an_aime_answer()
    {
        var checker = new AimeAnswerChecker();
        Assert.That(checker.Grade(WithGold("33"), "33.0").Reason, Is.EqualTo(AimeAnswerChecker.NotAnInteger));
        Assert.That(checker.Grade(WithGold("33"), "1000").Reason, Is.EqualTo(AimeAnswerChecker.OutOfRange));
        Assert.That(checker.Grade(WithGold("33"), null).Reason, Is.EqualTo("no-answer"));
        Assert.That(checker.Equivalent(WithGold("33"), "033", "33"), Is.True, "one vote class for majority voting");
    }

    [TestCase("27.0", "27", true)]
    [TestCase("27.0", "27.00", true)]
    [TestCase("-1.0", "-1", true)]
    [TestCase("27.0", "27.1", false)]
    [TestCase("27.0", "26", false)]
    [TestCase("3159.0", "3159", true)]
    public void Amc_golds_written_as_decimals_compare_by_value(string gold, string answer, bool correct) =>
        Assert.That(new MathAnswerChecker().Grade(WithGold(gold), answer).Correct, Is.EqualTo(correct));

    [TestCase("1.6", "1.6 \\mathrm{~cm}", true)]
    [TestCase("1.6", "1.6 \\text{ cm}", true)]
    [TestCase("1.6", "1.60015", true)]
    [TestCase("1.6", "1.601", false)]
    [TestCase("1.6", "1.7 \\mathrm{~cm}", false)]
    [TestCase("4.4e7", "4.4 \\times 10^{7}", true)]
    [TestCase("4.4e7", "44000000", true)]
    [TestCase("4.4e7", "4.4e7", true)]
    [TestCase("4.4e7", "4.5 \\times 10^{7}", false)]
    [TestCase("4.4e7", "4.4 \\times 10^{8}", false)]
    [TestCase("5.3e-9", "5.3 \\times 10^{-9} \\text{ m}", true)]
    [TestCase("5.3e-9", "5.3e-8", false)]
    [TestCase("0.54", "54\\%", true)]
    [TestCase("0.54", "0.55", false)]
    [TestCase("\\frac{K-1}{L}", "\\frac{-1+K}{L}", true)]
    [TestCase("\\frac{K-1}{L}", "\\frac{K+1}{L}", false)]
    public void Minerva_strips_units_and_compares_numbers_within_a_relative_1e_4(string gold, string answer, bool correct)
    {
        var verdict = new MinervaAnswerChecker().Grade(WithGold(gold), answer);
        Assert.That(verdict.Correct, Is.EqualTo(correct), verdict.Reason);
    }

    [Test]
    public void The_tolerances_belong_to_their_suites_alone()
    {
        // What Minerva accepts within 1e-4 and OlympiadBench within a problem's precision, MATH-500 grades exactly.
        Assert.That(new MinervaAnswerChecker().Grade(WithGold("1.6"), "1.60015").Correct, Is.True);
        Assert.That(new MathAnswerChecker().Grade(WithGold("1.6"), "1.60015").Correct, Is.False);
        Assert.That(new MathAnswerChecker().Grade(WithGold("4.2"), "4.25").Correct, Is.False);
    }

    private static readonly OlympiadAnswerFacts Plain = OlympiadAnswerFacts.Default;

    [TestCase("$69$,$84$", "84, 69", true)]
    [TestCase("$69$,$84$", "69, 84", true)]
    [TestCase("$69$,$84$", "69", false)]
    [TestCase("$69$,$84$", "69, 84, 100", false)]
    [TestCase("$69$,$84$", "69, 85", false)]
    [TestCase("$-2,0,2$", "2, -2, 0", true)]
    [TestCase("$-2,0,2$", "2, -2, 1", false)]
    public void OlympiadBench_multiple_answers_need_every_value_in_any_order(string gold, string answer, bool correct)
    {
        var verdict = OlympiadBenchAnswerChecker.Compare(gold, answer, Plain with { IsMultipleAnswer = true });
        Assert.That(verdict.Correct, Is.EqualTo(correct), verdict.Reason);
    }

    [TestCase("$(6,3),(9,3),(9,5),(54,5)$", "(54,5), (9,5), (6,3), (9,3)", true)]
    [TestCase("$(6,3),(9,3),(9,5),(54,5)$", "(3,6), (9,3), (9,5), (54,5)", false)]
    [TestCase("$(6,3),(9,3),(9,5),(54,5)$", "(6,3), (9,3), (9,5)", false)]
    [TestCase("$(2,4)$", "(2, 4)", true)]
    [TestCase("$(2,4)$", "(4, 2)", false)]
    public void OlympiadBench_tuples_keep_their_order_inside_and_pair_in_any_order(string gold, string answer, bool correct)
    {
        var verdict = OlympiadBenchAnswerChecker.Compare(gold, answer, Plain with { AnswerType = "Tuple" });
        Assert.That(verdict.Correct, Is.EqualTo(correct), verdict.Reason);
    }

    [TestCase("$[-1,-\\frac{1}{2}]$", "[-1, -0.5]", true)]
    [TestCase("$[-1,-\\frac{1}{2}]$", "\\left[-1,-\\frac12\\right]", true)]
    [TestCase("$[-1,-\\frac{1}{2}]$", "(-1, -\\frac{1}{2}]", false)]
    [TestCase("$[-1,-\\frac{1}{2}]$", "[-1, -\\frac{1}{3}]", false)]
    [TestCase("$(-\\infty, 0) \\cup\\{1\\}$", "(-\\infty,0)\\cup\\{1\\}", true)]
    [TestCase("$(-\\infty, 0) \\cup\\{1\\}$", "(-\\infty,0]", false)]
    [TestCase("$(-\\infty, 0) \\cup\\{1\\}$", "(-\\infty,0)", false)]
    [TestCase("(-\\infty,-5)", "x \\in (-\\infty, -5)", true)]
    [TestCase("(-\\infty,-5)", "(-\\infty, -5]", false)]
    public void OlympiadBench_intervals_compare_as_sets_with_their_ends(string gold, string answer, bool correct)
    {
        var verdict = OlympiadBenchAnswerChecker.Compare(gold, answer, Plain with { AnswerType = "Interval" });
        Assert.That(verdict.Correct, Is.EqualTo(correct), verdict.Reason);
    }

    [TestCase("$f(x)=2 x$", "2x", true)]
    [TestCase("$f(x)=2 x$", "f(x) = 2x", true)]
    [TestCase("$f(x)=2 x$", "f(x) = 3x", false)]
    [TestCase("$f(x)=2 x$", "3x", false)]
    [TestCase("$y=2x+1$", "y = 1 + 2x", true)]
    [TestCase("$y=2x+1$", "y = 2x - 1", false)]
    [TestCase("$\\frac{1}{2 n+2}$", "\\frac{1}{2(n+1)}", true)]
    [TestCase("$\\frac{1}{2 n+2}$", "\\frac{1}{2n+1}", false)]
    public void OlympiadBench_expressions_and_equations_go_to_the_equivalence_engine(string gold, string answer, bool correct)
    {
        var verdict = OlympiadBenchAnswerChecker.Compare(gold, answer, Plain with { AnswerType = "Expression" });
        Assert.That(verdict.Correct, Is.EqualTo(correct), verdict.Reason);
    }

    [TestCase("$\\frac{600}{7}$", "km/h", "\\frac{600}{7} \\text{ km/h}", true)]
    [TestCase("$\\frac{600}{7}$", "km/h", "\\frac{600}{7} km/h", true)]
    [TestCase("$\\frac{600}{7}$", "km/h", "85.7142857143", true)]
    [TestCase("$\\frac{600}{7}$", "km/h", "85.714", false)]
    [TestCase("45", "minute", "45 \\text{ minutes}", true)]
    [TestCase("45", "minute", "46 \\text{ minutes}", false)]
    [TestCase("$\\angle B E A_{1}=90$,$\\angle A E B_{1}=90$", "^{\\circ}", "90^\\circ, 90^\\circ", true)]
    public void OlympiadBench_strips_units_and_compares_numbers_within_1e_8(string gold, string unit, string answer, bool correct)
    {
        var verdict = OlympiadBenchAnswerChecker.Compare(gold, answer, Plain with { Unit = unit });
        Assert.That(verdict.Correct, Is.EqualTo(correct), verdict.Reason);
    }

    [TestCase("4.25", true)]
    [TestCase("4.1", true)]
    [TestCase("4.4", false)]
    [TestCase("4.2\\%", true)]
    public void OlympiadBench_uses_a_problems_own_precision(string answer, bool correct)
    {
        // Problem 2592: final_answer 4.2, unit %, error 1e-1.
        var facts = Plain with { Unit = "%", Precision = 0.1 };
        Assert.That(OlympiadBenchAnswerChecker.Compare("4.2", answer, facts).Correct, Is.EqualTo(correct));
        Assert.That(OlympiadBenchAnswerChecker.Compare("4.2", "4.25", Plain).Correct, Is.False, "without the field, 1e-8");
    }
}
