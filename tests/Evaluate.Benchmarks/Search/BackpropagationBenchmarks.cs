using BenchmarkDotNet.Attributes;
using Evaluate.Core.Search;

namespace Evaluate.Benchmarks.Search;

/// <summary>Backpropagation of one reward from a leaf at the end of a deep path to the root.</summary>
[MemoryDiagnoser]
public class BackpropagationBenchmarks
{
    private SearchNode _leaf = null!;

    [Params(16, 1024)]
    public int Depth { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var node = new SearchNode("root");
        for (var i = 0; i < Depth; i++) node = node.AddChild("s");
        _leaf = node;
    }

    [Benchmark]
    public void Backpropagate() => Backpropagation.Apply(_leaf, 0.5);
}
