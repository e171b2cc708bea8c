using Evaluate.Core.Metrics;
using Evaluate.Reports.Statistics;

namespace Evaluate.Reports.Comparison;

/// <summary>
/// Compares a candidate run with a baseline, problem by problem: pairs cells (<see cref="CellPairing"/>), then problems
/// by id (the intersection; the rest counted as left out), lists the flips, and tests every paired metric with the test
/// its per-problem values call for (<see cref="PairedTest"/>: exact McNemar for one 0/1 outcome per problem, else the
/// paired sign-flip permutation test); a paired bootstrap over problems gives each delta's 95% interval.
/// </summary>
/// <param name="catalog">The registered metrics (default: the built-in ones): which are compared, and their per-problem forms.</param>
public sealed class RunComparer(double alpha = 0.05, int resamples = PairedBootstrap.DefaultResamples, int seed = PairedBootstrap.DefaultSeed,
    MetricCatalog? catalog = null)
{
    private readonly MetricCatalog _catalog = catalog ?? MetricCatalog.Default;

    /// <summary>Metrics compared besides the declared compare metrics (the gate's rules name them).</summary>
    public IReadOnlyList<string> AlsoCompare { get; init; } = [];

    /// <summary>α per metric name (from the gate's rules), else the comparer's default.</summary>
    public Func<CellEvidence, string, double>? AlphaFor { get; init; }

    public RunComparison Compare(RunEvidence baseline, RunEvidence candidate)
    {
        var (pairs, baselineOnly, candidateOnly) = CellPairing.Pair(baseline.Cells, candidate.Cells);
        var cells = pairs.Select(p => CompareCell(p.Baseline, p.Candidate,
            Summary(baseline, p.Baseline), Summary(candidate, p.Candidate))).ToList();
        return new RunComparison(RunComparison.SchemaName, baseline.Path, candidate.Path, resamples, seed, cells,
            baselineOnly.Select(c => c.Key.ToString()).ToList(), candidateOnly.Select(c => c.Key.ToString()).ToList(),
            ProvenanceCheck.Differences(baseline.Manifest, candidate.Manifest));
    }

    public CellComparison CompareCell(CellEvidence baseline, CellEvidence candidate, CellSummary? baselineSummary, CellSummary? candidateSummary)
    {
        // Problems in the baseline's order, so flips and bootstrap resamples are the same on every read.
        var shared = baseline.Problems.Values.Where(p => candidate.Problems.ContainsKey(p.ProblemId))
            .OrderBy(p => p.ProblemIndex).ThenBy(p => p.ProblemId, StringComparer.Ordinal)
            .Select(p => (Baseline: p, Candidate: candidate.Problems[p.ProblemId])).ToList();
        var newlyWrong = shared.Where(p => p.Baseline.Solved && !p.Candidate.Solved).Select(p => p.Baseline.ProblemId).ToList();
        var newlyRight = shared.Where(p => !p.Baseline.Solved && p.Candidate.Solved).Select(p => p.Baseline.ProblemId).ToList();

        var outcomes = shared.Select(p => new ProblemOutcome(p.Baseline.ProblemId, p.Baseline.CorrectCount, p.Baseline.Samples.Count,
            p.Candidate.CorrectCount, p.Candidate.Samples.Count, p.Baseline.Solved, p.Candidate.Solved)).ToList();
        var deterministic = CellDeterminism.Of(baseline, candidate);

        var metrics = new List<MetricComparison>();
        foreach (var name in PairedMetrics.DefaultNames(baselineSummary, candidateSummary, _catalog).Union(AlsoCompare))
            if (PairedMetrics.Find(name, _catalog) is { } metric && CompareMetric(metric, shared, outcomes, deterministic, AlphaFor?.Invoke(baseline, name) ?? alpha) is { } comparison)
                metrics.Add(comparison);

        return new CellComparison(baseline.Key.Model, candidate.Key.Model, baseline.Key.Suite, baseline.Key.Strategy, shared.Count,
            baseline.Problems.Count - shared.Count, candidate.Problems.Count - shared.Count, newlyWrong, newlyRight, metrics)
        {
            Deterministic = deterministic,
            Outcomes = outcomes,
        };
    }

    private MetricComparison? CompareMetric(PairedMetric metric, List<(ProblemFacts Baseline, ProblemFacts Candidate)> shared,
        IReadOnlyList<ProblemOutcome> outcomes, bool deterministic, double metricAlpha)
    {
        var b = new double[shared.Count];
        var c = new double[shared.Count];
        for (var i = 0; i < shared.Count; i++)
        {
            // A metric undefined for some problem (n < k) is undefined for the cell, as in summary.json.
            if (metric.PerProblem(shared[i].Baseline) is not { } vb || metric.PerProblem(shared[i].Candidate) is not { } vc) return null;
            b[i] = vb;
            c[i] = vc;
        }
        if (b.Length == 0) return null;
        var bootstrap = PairedBootstrap.Run(b, c, resamples, seed);
        var (p, test) = PairedTest.Run(metric.Descriptor, b, c);
        var power = MetricPower.Plan(metric.Descriptor, b, [.. outcomes.Select(o => o.BaselineCorrect)], [.. outcomes.Select(o => o.BaselineSamples)],
            deterministic, tolerance: 0, metricAlpha);
        return new MetricComparison(metric.Name, metric.Descriptor.Direction, b.Length, b.Average(), c.Average(), bootstrap.Delta,
            bootstrap.Low, bootstrap.High, p, test, metricAlpha, power?.Mde)
        {
            Values = new PairedValues([.. outcomes.Select(o => o.Id)], b, c),
        };
    }

    private static CellSummary? Summary(RunEvidence run, CellEvidence cell) =>
        run.Summary.Results.FirstOrDefault(r => r.Model == cell.Key.Model && r.Suite == cell.Key.Suite && r.Strategy == cell.Key.Strategy);
}
