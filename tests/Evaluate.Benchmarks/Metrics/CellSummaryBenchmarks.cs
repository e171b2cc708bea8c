using BenchmarkDotNet.Attributes;
using Evaluate.Core.Metrics;
using Evaluate.Core.Running;

namespace Evaluate.Benchmarks.Metrics;

/// <summary>
/// One cell's metrics from its records (what every summary, merge and replay computes): 1,000 problems × 16 samples,
/// seeded, with answer classes, correctness and token counts, no analysis. Measures the metric components' pass over
/// the facts (issue 19 split one method into registered components; this is its before/after figure).
/// </summary>
[MemoryDiagnoser]
public class CellSummaryBenchmarks
{
    private ProblemRecord[] _problems = [];
    private SampleFacts[] _samples = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var pool = new FactsPool();
        var problems = new List<ProblemRecord>();
        var samples = new List<SampleFacts>();
        for (var p = 0; p < 1_000; p++)
        {
            var id = $"p{p:D4}";
            var correct = 0;
            for (var s = 0; s < 16; s++)
            {
                var right = random.NextDouble() < 0.6;
                correct += right ? 1 : 0;
                samples.Add(SampleFacts.Of(new SampleRecord
                {
                    Run = "bench", Model = "m", Suite = "s", Strategy = "sample", ProblemId = id, ProblemIndex = p, SampleIndex = s,
                    Response = "", Gold = "1", Correct = right, Reason = "equal", AnswerClass = right ? 0 : 1 + random.Next(3),
                    PromptTokens = 100, CompletionTokens = 200 + random.Next(800), ReasoningTokens = 0,
                }, pool));
            }
            problems.Add(new ProblemRecord
            {
                Run = "bench", Model = "m", Suite = "s", Strategy = "sample", ProblemId = id, ProblemIndex = p, Samples = 16,
                Score = correct / 16.0, ModelCalls = 1, PromptTokens = 100, CompletionTokens = 8_000,
            });
        }
        _problems = [.. problems];
        _samples = [.. samples];
    }

    [Benchmark]
    public int Cell() => CellMetrics.Compute(_problems, _samples).Count;
}
