using Evaluate.Core.Metrics;
using Evaluate.Core.Metrics.BuiltIn;
using Evaluate.Reports.Comparison;
using Evaluate.Reports.Gate;
using Evaluate.Reports.Statistics;

namespace Evaluate.Tests.Reports;

/// <summary>
/// The gate's stated α measured, not assumed: 400 seeded synthetic gates of 16 checks each on paired null data (both
/// runs draw every problem's outcomes from the same per-problem success rate), with a tolerance of 0 so that only the
/// tests stand between noise and a failure. The corrected gate's false-alarm count must stay within the binomial 95%
/// interval of α; the same gates uncorrected must not (so this test can tell the two apart).
/// </summary>
public sealed class GateFalseAlarmSimulationTests
{
    private const int Gates = 400;
    private const int ChecksPerGate = 16;
    private const int Problems = 30;
    private const double Alpha = 0.05;

    [Test]
    public void A_holm_corrected_gate_on_null_data_fails_at_most_alpha_of_the_time()
    {
        var gates = Enumerable.Range(0, Gates).Select(Gate).ToList();
        var rules = new GateRules(Alpha, MissingCellFails: true, MaxNewlyFailed: null, [new MetricRule("accuracy", 0, false, Alpha)], []);

        var holm = gates.Count(g => !GateEvaluator.Evaluate(g, rules).Passed);
        var bonferroni = gates.Count(g => !GateEvaluator.Evaluate(g, rules with { Correction = MultipleTestCorrection.Bonferroni }).Passed);
        var none = gates.Count(g => !GateEvaluator.Evaluate(g, rules with { Correction = MultipleTestCorrection.None }).Passed);

        var upper = BinomialUpper975(Gates, Alpha);
        TestContext.Out.WriteLine($"false alarms of {Gates} null gates: holm {holm}, bonferroni {bonferroni}, none {none}; the 95% interval of α·{Gates} reaches {upper}");
        Assert.That(holm, Is.LessThanOrEqualTo(upper), $"Holm: {holm} of {Gates} null gates failed (α = {Alpha}: at most {upper} within the 95% interval)");
        Assert.That(bonferroni, Is.LessThanOrEqualTo(holm), "Bonferroni is never less strict than Holm");
        Assert.That(none, Is.GreaterThan(upper), $"uncorrected: {none} of {Gates} failed; 16 tests at α each should exceed α as a family");
    }

    /// <summary>
    /// One synthetic gate: 8 deterministic-looking cells (one 0/1 outcome per problem: McNemar) and 8 sampled cells
    /// (the share of 4 correct samples: sign-flip), every problem with its own success rate, the same in both runs.
    /// </summary>
    private static RunComparison Gate(int seed)
    {
        var random = new Random(1000 + seed);
        var cells = new List<CellComparison>();
        for (var c = 0; c < ChecksPerGate; c++)
        {
            var samples = c < ChecksPerGate / 2 ? 1 : 4;
            var baseline = new double[Problems];
            var candidate = new double[Problems];
            for (var i = 0; i < Problems; i++)
            {
                var rate = random.NextDouble();
                baseline[i] = Share(random, rate, samples);
                candidate[i] = Share(random, rate, samples);
            }
            var (p, test) = PairedTest.Run(AccuracyMetric.Accuracy, baseline, candidate);
            var metric = new MetricComparison("accuracy", MetricDirection.HigherIsBetter, Problems, baseline.Average(), candidate.Average(),
                candidate.Average() - baseline.Average(), 0, 0, p, test, Alpha, null)
            {
                Values = new PairedValues([.. Enumerable.Range(0, Problems).Select(i => $"q{i}")], baseline, candidate),
            };
            cells.Add(new CellComparison("sim", "sim", $"suite{c}", samples == 1 ? "greedy" : "sample", Problems, 0, 0, [], [], [metric]));
        }
        return new RunComparison(RunComparison.SchemaName, "base", "cand", 0, 0, cells, [], [], []);
    }

    private static double Share(Random random, double rate, int samples) =>
        (double)Enumerable.Range(0, samples).Count(_ => random.NextDouble() < rate) / samples;

    /// <summary>The smallest k with P(Binomial(n, p) ≤ k) ≥ 0.975: the top of the central 95% interval of the count.</summary>
    private static int BinomialUpper975(int n, double p)
    {
        var cumulative = 0.0;
        for (var k = 0; k <= n; k++)
        {
            cumulative += Math.Exp(FisherExactTest.LogChoose(n, k) + k * Math.Log(p) + (n - k) * Math.Log(1 - p));
            if (cumulative >= 0.975) return k;
        }
        return n;
    }
}
