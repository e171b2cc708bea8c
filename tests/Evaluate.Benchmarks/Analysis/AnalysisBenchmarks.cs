using BenchmarkDotNet.Attributes;
using Evaluate.Benchmarks.Grading;
using Evaluate.Core.Analysis;
using Evaluate.Core.Problems;
using Evaluate.Suites.Grading;

namespace Evaluate.Benchmarks.Analysis;

/// <summary>
/// The overthinking analysis of realistic MATH-500 responses, one thread: with the statement finder alone (how rounds
/// were found before issue 19) and with each round read by the suite's grader at its end (one answer finder).
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private readonly MathAnswerChecker _checker = new();
    private readonly ResponseAnalyzer _analyzer = new(ApproximateTokenPositionMapper.Instance);
    private List<(Problem Problem, string Response)> _pairs = [];

    [GlobalSetup]
    public void Setup() => _pairs = GradingWorkload.Pairs();

    /// <summary>Reported time is per analysed response.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 1_000)]
    public int FinderOnly()
    {
        var rounds = 0;
        for (var i = 0; i < 1_000; i++)
        {
            var (problem, response) = _pairs[i % _pairs.Count];
            rounds += _analyzer.Analyze(response, null, "stop",
                answer => _checker.Grade(problem, answer).Correct, (a, b) => _checker.Equivalent(problem, a, b)).Rounds;
        }
        return rounds;
    }

    [Benchmark(OperationsPerInvoke = 1_000)]
    public int RoundsReadByTheGrader()
    {
        var rounds = 0;
        for (var i = 0; i < 1_000; i++)
        {
            var (problem, response) = _pairs[i % _pairs.Count];
            rounds += _analyzer.Analyze(response, null, "stop", _checker, problem).Rounds;
        }
        return rounds;
    }
}
