using BenchmarkDotNet.Attributes;
using Evaluate.Core.Problems;
using Evaluate.Suites.Grading;

namespace Evaluate.Benchmarks.Grading;

/// <summary>Checks per second on realistic MATH-500 pairs (extraction + grading), one thread.</summary>
[MemoryDiagnoser]
public class GradingThroughputBenchmarks
{
    private readonly MathAnswerChecker _checker = new();
    private List<(Problem Problem, string Response)> _pairs = [];

    [GlobalSetup]
    public void Setup() => _pairs = GradingWorkload.Pairs();

    /// <summary>One invocation grades 3,900 pairs cycling through the workload; reported time is per check.</summary>
    [Benchmark(OperationsPerInvoke = 3_900)]
    public int ExtractAndGrade()
    {
        int correct = 0;
        var pairs = _pairs;
        for (int i = 0; i < 3_900; i++)
        {
            var (problem, response) = pairs[i % pairs.Count];
            if (_checker.Grade(problem, _checker.Extract(response)).Correct) correct++;
        }
        return correct;
    }
}

/// <summary>Time of single hostile inputs (graded as answer against "1" and as gold against itself + 1).</summary>
public class GradingWorstCaseBenchmarks
{
    private readonly MathAnswerChecker _checker = new();
    private static readonly Problem One = new("a", "", "1", ProblemMeta.None);

    public static IEnumerable<string> Names => AdversarialInputs.All.Keys;

    [ParamsSource(nameof(Names))]
    public string Input { get; set; } = "";

    private string _text = "";

    [GlobalSetup]
    public void Setup() => _text = AdversarialInputs.All[Input];

    [Benchmark]
    public bool Grade()
    {
        var a = _checker.Grade(One, _checker.Extract(_text)).Correct;
        var b = _checker.Grade(new Problem("a", "", _text, ProblemMeta.None), _text + "+1").Correct;
        return a | b;
    }
}
