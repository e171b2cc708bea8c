using Evaluate.Core.Running;
using Evaluate.Core.Search;

namespace Evaluate.Core.Metrics;

/// <summary>
/// One model × suite × strategy cell as metric components read it: its problem records (in problem order), its
/// samples' compact facts (in canonical order), and what several metrics share, built once and held by index (a
/// cell's facts are never copied).
/// </summary>
public sealed class CellFacts
{
    private List<ProblemFacts>? _problemFacts;
    private List<(int[] Classes, bool[] Correct, int Seed)>? _votes;
    private List<(int N, int C)>? _counts;

    public CellFacts(IReadOnlyList<ProblemRecord> problems, IReadOnlyList<SampleFacts> samples,
        IReadOnlyList<int>? kValues = null, StepAggregation stepAggregation = StepAggregation.Last)
    {
        Problems = problems;
        Samples = samples;
        StepAggregation = stepAggregation;
        // A problem whose model calls failed is an error, never a wrong answer: every score is over the answered
        // problems, with the errors counted beside them.
        Scored = [.. problems.Where(p => p.Error is null)];
        var byProblem = SampleIndicesByProblem(samples);
        ByProblem = byProblem;
        ScoredSamples = [.. Scored.Select(p => (IReadOnlyList<int>?)byProblem.GetValueOrDefault(p.ProblemId) ?? [])];
        var maxN = ScoredSamples.Count == 0 ? 0 : ScoredSamples.Max(s => s.Count);
        KValues = kValues ?? [.. PowersOfTwoUpTo(maxN)];
        HasRewardScores = samples.Any(s => s.Score is not null || s.StepScores is { Count: > 0 });
    }

    public IReadOnlyList<ProblemRecord> Problems { get; }

    /// <summary>The answered problems (no error), in problem order.</summary>
    public IReadOnlyList<ProblemRecord> Scored { get; }

    public IReadOnlyList<SampleFacts> Samples { get; }

    /// <summary>Each scored problem's samples as indices into <see cref="Samples"/>, in sample order.</summary>
    public IReadOnlyList<IReadOnlyList<int>> ScoredSamples { get; }

    /// <summary>Each problem's samples as indices, by problem id.</summary>
    public IReadOnlyDictionary<string, List<int>> ByProblem { get; }

    /// <summary>The k of every k-indexed metric: the plan's, else powers of two up to the most samples of a problem.</summary>
    public IReadOnlyList<int> KValues { get; }

    public StepAggregation StepAggregation { get; }

    /// <summary>The cell model's price from the run's price table; null without one (cost metrics are then absent, not 0).</summary>
    public Costs.TokenPrice? Price { get; init; }

    /// <summary>The grading judge's price (--judge), when the price table names it; null: no judge cost metric.</summary>
    public Costs.TokenPrice? JudgePrice { get; init; }

    /// <summary>Whether any sample carries a reward score (only such cells get rm@k and wmaj@k).</summary>
    public bool HasRewardScores { get; }

    /// <summary>Per scored problem: its answer classes, correctness and vote seed, built once for every k and family.</summary>
    public IReadOnlyList<(int[] Classes, bool[] Correct, int Seed)> Votes => _votes ??= [.. ScoredSamples.Select(s => (
        s.Select(i => Samples[i].AnswerClass).ToArray(), s.Select(i => Samples[i].Correct).ToArray(),
        s.Count == 0 ? 0 : StableHash.Int32Of(Samples[s[0]].ProblemId)))];

    /// <summary>Per scored problem: (samples, correct samples), for pass@k.</summary>
    public IReadOnlyList<(int N, int C)> Counts => _counts ??= [.. Votes.Select(v => (v.Classes.Length, v.Correct.Count(c => c)))];

    /// <summary>Every problem (answered or not) with its samples, for per-problem forms.</summary>
    public IReadOnlyList<ProblemFacts> ProblemFacts => _problemFacts ??= [.. Problems.Select(p =>
        new ProblemFacts(p, ByProblem.TryGetValue(p.ProblemId, out var indices) ? [.. indices.Select(i => Samples[i])] : []))];

    public static IEnumerable<int> PowersOfTwoUpTo(int n)
    {
        for (var k = 1; k <= Math.Max(1, n); k *= 2) yield return k;
    }

    /// <summary>Mean over problems, null when any problem's value is undefined (n &lt; k) or there are none.</summary>
    public static double? MeanOrNull(IEnumerable<double?> values)
    {
        double sum = 0;
        var count = 0;
        foreach (var v in values)
        {
            if (v is null) return null;
            sum += v.Value;
            count++;
        }
        return count == 0 ? null : sum / count;
    }

    /// <summary>
    /// Each problem's samples as indices in sample order; problems in the order they first appear. Indices, not copies:
    /// a cell's facts are held once.
    /// </summary>
    private static Dictionary<string, List<int>> SampleIndicesByProblem(IReadOnlyList<SampleFacts> samples)
    {
        var byProblem = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < samples.Count; i++)
        {
            var id = samples[i].ProblemId;
            if (!byProblem.TryGetValue(id, out var indices)) byProblem[id] = indices = [];
            indices.Add(i);
        }
        foreach (var (id, indices) in byProblem)
        {
            var ordered = true;
            for (var i = 1; i < indices.Count && ordered; i++) ordered = samples[indices[i - 1]].SampleIndex <= samples[indices[i]].SampleIndex;
            // A stable sort by sample index (ties keep their order), as ordering the records themselves did.
            if (!ordered) byProblem[id] = [.. indices.OrderBy(i => samples[i].SampleIndex)];
        }
        return byProblem;
    }
}
