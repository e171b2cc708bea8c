using BenchmarkDotNet.Attributes;
using Evaluate.Core.Metrics;

namespace Evaluate.Benchmarks.Search;

/// <summary>The unbiased pass@k estimator at n = 1024 samples for every k = 1, 2, 4, …, 1024.</summary>
public class PassAtKBenchmarks
{
    [Params(10, 500)]
    public int Correct { get; set; }

    [Benchmark]
    public double AllPowersOfTwo()
    {
        double sum = 0;
        for (var k = 1; k <= 1024; k *= 2) sum += PassAtK.Estimate(1024, Correct, k)!.Value;
        return sum;
    }
}
