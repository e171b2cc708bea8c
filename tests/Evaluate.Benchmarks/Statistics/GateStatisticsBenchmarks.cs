using BenchmarkDotNet.Attributes;
using Evaluate.Core.Metrics;
using Evaluate.Core.Running;
using Evaluate.Reports.Comparison;
using Evaluate.Reports.Gate;
using Evaluate.Reports.Statistics;

namespace Evaluate.Benchmarks.Statistics;

/// <summary>
/// The gate's statistics at nightly size (issue 25): 8 cells × 100 problems — 4 greedy cells of one sample, 4 sampled
/// cells of 16 — compared on the default compare metrics (pass@k and maj@k at k = 1, 2, 4, 8, 16 on sampled cells) and
/// gated with the default rules; and one Monte Carlo sign-flip test of 100 distinct differences (40,000 resamples).
/// </summary>
[MemoryDiagnoser]
public class GateStatisticsBenchmarks
{
    private readonly List<(CellEvidence Baseline, CellEvidence Candidate)> _cells = [];
    private readonly double[] _differences = [.. Enumerable.Range(0, 100).Select(i => Math.Sin(i * 1.7) * 300 + 20)];
    private RunComparer _comparer = new();

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        for (var c = 0; c < 8; c++)
        {
            var samples = c < 4 ? 1 : 16;
            var strategy = samples == 1 ? "greedy" : "sample";
            var parameters = new Dictionary<string, string> { ["temperature"] = samples == 1 ? "0" : "0.8" };
            var rates = Enumerable.Range(0, 100).Select(_ => random.NextDouble()).ToArray();
            _cells.Add((Cell($"s{c}", strategy, parameters, rates, samples, random), Cell($"s{c}", strategy, parameters, rates, samples, random)));
        }
        var k = new[] { 1, 2, 4, 8, 16 };
        _comparer = new RunComparer { AlsoCompare = [.. k.Select(x => $"pass@{x}"), .. k.Select(x => $"maj@{x}")] };
    }

    private static CellEvidence Cell(string suite, string strategy, IReadOnlyDictionary<string, string> parameters, double[] rates, int samples, Random random)
    {
        var pool = new FactsPool();
        var problems = new Dictionary<string, ProblemFacts>(StringComparer.Ordinal);
        for (var p = 0; p < rates.Length; p++)
        {
            var id = $"p{p:D3}";
            var facts = new List<SampleFacts>();
            var correct = 0;
            for (var s = 0; s < samples; s++)
            {
                var right = random.NextDouble() < rates[p];
                correct += right ? 1 : 0;
                facts.Add(SampleFacts.Of(new SampleRecord
                {
                    Run = "bench", Model = "m", Suite = suite, Strategy = strategy, ProblemId = id, ProblemIndex = p, SampleIndex = s,
                    Response = "", Gold = "1", Correct = right, Reason = "equal", AnswerClass = right ? 0 : 1 + random.Next(3),
                    PromptTokens = 100, CompletionTokens = 200 + random.Next(800), ReasoningTokens = 0,
                }, pool));
            }
            problems[id] = new ProblemFacts(new ProblemRecord
            {
                Run = "bench", Model = "m", Suite = suite, Strategy = strategy, ProblemId = id, ProblemIndex = p, Samples = samples,
                Score = (double)correct / samples, ModelCalls = 1, PromptTokens = 100, CompletionTokens = facts.Sum(f => f.CompletionTokens),
            }, facts);
        }
        return new CellEvidence(new RunKey("m", suite, strategy), "m", "1", problems) { StrategyParameters = parameters };
    }

    [Benchmark]
    public bool NightlyGate()
    {
        var cells = _cells.Select(p => _comparer.CompareCell(p.Baseline, p.Candidate, null, null)).ToList();
        var comparison = new RunComparison(RunComparison.SchemaName, "base", "cand", PairedBootstrap.DefaultResamples, PairedBootstrap.DefaultSeed, cells, [], [], []);
        return GateEvaluator.Evaluate(comparison, GateRules.Default).Passed;
    }

    [Benchmark]
    public double SignFlipMonteCarlo() => SignFlipTest.Run(_differences).PValue;
}
