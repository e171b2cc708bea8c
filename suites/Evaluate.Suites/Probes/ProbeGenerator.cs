using System.Globalization;
using Evaluate.Core.Problems;

namespace Evaluate.Suites.Probes;

/// <summary>
/// Builds the probe problems from fixed formulas (no random source, no data files), so every run and every machine
/// sees the same 200 problems in the same order: 80 arithmetic, 70 word problems, 50 comparisons.
/// </summary>
internal static class ProbeGenerator
{
    public const int ArithmeticCount = 80;
    public const int WordCount = 70;
    public const int ComparisonCount = 50;

    private const string Level = "trivial";

    private static readonly string[] Names = ["Tom", "Ana", "Li", "Sara", "Omar", "Mia", "Ravi", "Eva", "Ken", "Zoe"];
    private static readonly string[] Items = ["apples", "pencils", "stickers", "marbles", "books", "coins", "cards"];

    public static IReadOnlyList<Problem> All()
    {
        var problems = new List<Problem>(ArithmeticCount + WordCount + ComparisonCount);
        for (var i = 0; i < ArithmeticCount; i++) problems.Add(Arithmetic(problems.Count + 1, i));
        for (var i = 0; i < WordCount; i++) problems.Add(Word(problems.Count + 1, i));
        for (var i = 0; i < ComparisonCount; i++) problems.Add(Comparison(problems.Count + 1, i));
        return problems;
    }

    private static Problem Arithmetic(int number, int i)
    {
        // Operands walk through small numbers with coprime strides so pairs do not repeat; the first one is "2+3".
        var a = 2 + (i * 7) % 18;
        var b = 3 + (i * 5) % 17;
        var (symbol, answer) = (i % 4) switch
        {
            0 => ("+", a + b),
            1 => ("-", Math.Max(a, b) - Math.Min(a, b)),
            2 => ("*", a * b),
            _ => ("+", a * 10 + b),
        };
        var (left, right) = (i % 4) switch
        {
            1 => (Math.Max(a, b), Math.Min(a, b)), // keep answers non-negative
            3 => (a * 10, b),
            _ => (a, b),
        };
        var difficulty = symbol == "*" ? 0.05 : 0.02;
        return Make(number, $"What is {left}{symbol}{right}?", answer, "arithmetic", difficulty);
    }

    private static Problem Word(int number, int i)
    {
        var name = Names[i % Names.Length];
        var item = Items[i % Items.Length];
        var has = 3 + (i * 3) % 15;
        var change = 1 + (i * 4) % 9;
        return (i % 2) == 0
            ? Make(number, $"{name} has {has} {item} and buys {change} more. How many {item} does {name} have?",
                has + change, "word", 0.08)
            : Make(number, $"{name} has {has + change} {item} and gives away {change}. How many {item} does {name} have left?",
                has, "word", 0.08);
    }

    private static Problem Comparison(int number, int i)
    {
        var a = 1 + (i * 7) % 40;
        var b = a + 1 + (i * 3) % 11;
        var (first, second) = i % 2 == 0 ? (a, b) : (b, a);
        return i % 3 == 2
            ? Make(number, $"Which is smaller, {first} or {second}?", a, "comparison", 0.03)
            : Make(number, $"Which is larger, {first} or {second}?", b, "comparison", 0.03);
    }

    private static Problem Make(int number, string text, int answer, string subject, double difficulty) =>
        new($"probe-{number:D4}", text, answer.ToString(CultureInfo.InvariantCulture),
            new ProblemMeta(Level, subject, difficulty, IsEasy: true));
}
