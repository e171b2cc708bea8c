using BenchmarkDotNet.Attributes;
using Evaluate.Core.Search;

namespace Evaluate.Benchmarks.Search;

/// <summary>Beam selection: the top k of a pool of scored expansions (ties to the lower index).</summary>
[MemoryDiagnoser]
public class BeamTopKBenchmarks
{
    private double[] _scores = [];

    [Params(64, 4096)]
    public int Pool { get; set; }

    [Params(4, 16)]
    public int K { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2);
        _scores = Enumerable.Range(0, Pool).Select(_ => random.NextDouble()).ToArray();
    }

    [Benchmark]
    public int[] TopKIndices() => TopK.Indices(_scores, K);
}
