using BenchmarkDotNet.Attributes;
using Evaluate.Core.Problems;
using Evaluate.Suites.Grading;
using Evaluate.Suites.Grading.Parsing;

namespace Evaluate.Benchmarks.Grading;

/// <summary>
/// Every Omni-MATH gold parsed and graded against itself in braces, one thread: the time DatasetGoldTests bounds as
/// counts (steps and bytes per gold) instead.
/// </summary>
[MemoryDiagnoser]
public class OmniMathGoldBenchmarks
{
    private readonly MathAnswerChecker _checker = new();
    private IReadOnlyList<string> _golds = [];

    [GlobalSetup]
    public void Setup() => _golds = GradingWorkload.OmniMathGolds();

    [Benchmark]
    public int ParseAndGradeEveryGold()
    {
        var selfEqual = 0;
        foreach (var gold in _golds)
        {
            _ = MathParser.Parse(AnswerText.Clean(gold), new WorkBudget());
            if (_checker.Grade(new Problem("o", "", gold, ProblemMeta.None), "{" + gold + "}").Correct) selfEqual++;
        }
        return selfEqual;
    }
}
