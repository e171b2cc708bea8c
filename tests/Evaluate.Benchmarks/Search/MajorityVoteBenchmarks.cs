using BenchmarkDotNet.Attributes;
using Evaluate.Core.Metrics;
using Evaluate.Core.Problems;
using Evaluate.Core.Strategies;
using Evaluate.Suites.Game24;

namespace Evaluate.Benchmarks.Search;

/// <summary>
/// Majority vote with equivalence classes: building classes from responses with the Game of 24 checker (extract and
/// exact rational checking of every pair that may be equivalent), then the vote itself.
/// </summary>
[MemoryDiagnoser]
public class MajorityVoteBenchmarks
{
    private static readonly Game24AnswerChecker Checker = new();
    private static readonly Problem Puzzle = new("4 4 6 8", "4 4 6 8", "24", ProblemMeta.None);
    private string[] _responses = [];
    private int[] _classes = [];

    [Params(16, 64)]
    public int Samples { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string[] answers = ["(4 + 8) * (6 - 4) = 24", "4 + 4 + 6 + 8 = 24", "(6 - 4) * (8 + 4) = 24", "4 * 6 = 24", "8 * (6 - 4) + 4 + 4 = 24"];
        var random = new Random(3);
        _responses = Enumerable.Range(0, Samples).Select(_ => $"Steps:\n...\nAnswer: {answers[random.Next(answers.Length)]}").ToArray();
        _classes = AnswerClasses.Of(Puzzle, Checker, _responses);
    }

    [Benchmark]
    public int[] ClassesFromResponses() => AnswerClasses.Of(Puzzle, Checker, _responses);

    [Benchmark]
    public int VoteOverClasses() => MajorityVote.Winner(_classes);
}
