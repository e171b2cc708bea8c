using Evaluate.Core.Puzzles.Game24;
using BenchmarkDotNet.Attributes;
using Evaluate.Suites.Game24;

namespace Evaluate.Benchmarks.Search;

/// <summary>The exhaustive Game of 24 solver over all 1362 solvable puzzles: first solution, and every distinct solution.</summary>
public class Game24SolverBenchmarks
{
    private int[][] _puzzles = [];

    [GlobalSetup]
    public void Setup() =>
        _puzzles = Game24PuzzleSet.All.Select(p => p.Split(' ').Select(int.Parse).ToArray()).ToArray();

    [Benchmark]
    public int AllPuzzlesFirstSolution() => _puzzles.Count(Game24Solver.IsSolvable);

    [Benchmark]
    public int AllPuzzlesEverySolution() => _puzzles.Sum(p => Game24Solver.Solve(p).Count);
}
