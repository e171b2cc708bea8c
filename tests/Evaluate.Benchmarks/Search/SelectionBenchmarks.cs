using BenchmarkDotNet.Attributes;
using Evaluate.Core.Search;

namespace Evaluate.Benchmarks.Search;

/// <summary>UCB1 and PUCT child selection over one node with many visited children.</summary>
[MemoryDiagnoser]
public class SelectionBenchmarks
{
    private SearchNode _parent = null!;

    [Params(16, 1024)]
    public int Children { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _parent = new SearchNode("root");
        for (var i = 0; i < Children; i++)
        {
            var child = _parent.AddChild("s", random.NextDouble());
            child.Visits = 1 + random.Next(50);
            child.TotalReward = random.NextDouble() * child.Visits;
            _parent.Visits += child.Visits;
        }
    }

    [Benchmark]
    public int Ucb1Select() => Ucb1.Select(_parent.Children, _parent.Visits, 1.414);

    [Benchmark]
    public int PuctSelect() => Puct.Select(_parent.Children, _parent.Visits, 1.5);
}
