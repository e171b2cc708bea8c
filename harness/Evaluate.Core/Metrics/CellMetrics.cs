using Evaluate.Core.Analysis;
using Evaluate.Core.Running;
using Evaluate.Core.Search;

namespace Evaluate.Core.Metrics;

/// <summary>
/// Computes the metrics of one model × suite × strategy cell from its records alone (reports never re-grade).
/// Names are stable: accuracy, accuracy_ci95, pass@k, maj@k, maj@k_expected, rm@k and wmaj@k (when samples carry
/// reward scores), token statistics, compute per problem.
/// Undefined values are null, never 0 or NaN.
/// </summary>
public static class CellMetrics
{
    public static OrderedDictionary<string, object?> Compute(IReadOnlyList<ProblemRecord> problems, IReadOnlyList<SampleRecord> samples,
        IReadOnlyList<int>? kValues = null, StepAggregation stepAggregation = StepAggregation.Last)
    {
        var pool = new FactsPool();
        return Compute(problems, samples.Select(s => SampleFacts.Of(s, pool)).ToArray(), kValues, stepAggregation);
    }

    /// <param name="samples">The cell's samples; sums and the bootstrap follow their order (canonical in a summary).</param>
    public static OrderedDictionary<string, object?> Compute(IReadOnlyList<ProblemRecord> problems, IReadOnlyList<SampleFacts> samples,
        IReadOnlyList<int>? kValues = null, StepAggregation stepAggregation = StepAggregation.Last)
    {
        var metrics = new OrderedDictionary<string, object?>();
        // A problem whose model calls failed is an error, never a wrong answer: every score below is over the answered
        // problems, with the errors counted beside them.
        var scored = problems.Where(p => p.Error is null).ToList();
        var byProblem = SampleIndicesByProblem(samples);
        metrics["problems"] = problems.Count;
        metrics["errors"] = problems.Count - scored.Count;
        metrics["samples"] = samples.Count;

        var perProblemScore = scored.Select(p => p.Score).ToList();
        metrics["accuracy"] = perProblemScore.Count == 0 ? null : perProblemScore.Average();
        metrics["accuracy_ci95"] = BootstrapInterval.Ci95(perProblemScore) is { } ci ? new[] { ci.Low, ci.High } : null;

        var perProblemSamples = scored.Select(p => byProblem.GetValueOrDefault(p.ProblemId) ?? []).ToList();
        var maxN = perProblemSamples.Count == 0 ? 0 : perProblemSamples.Max(s => s.Count);
        var hasScores = samples.Any(s => s.Score is not null || s.StepScores is { Count: > 0 });
        // Per-problem vote material, built once and reused for every k.
        var votes = perProblemSamples.Select(s => (
            Classes: s.Select(i => samples[i].AnswerClass).ToArray(), Correct: s.Select(i => samples[i].Correct).ToArray(),
            Seed: s.Count == 0 ? 0 : StableHash.Int32Of(samples[s[0]].ProblemId))).ToList();
        var counts = votes.Select(v => (v.Classes.Length, v.Correct.Count(c => c))).ToList();
        foreach (var k in kValues ?? PowersOfTwoUpTo(maxN))
        {
            metrics[$"pass@{k}"] = PassAtK.Mean(counts, k);
            metrics[$"maj@{k}"] = MeanOrNull(votes.Select(v => MajorityVote.FirstK(v.Classes, v.Correct, k)));
            metrics[$"maj@{k}_expected"] = MeanOrNull(votes.Select(v => MajorityVote.ExpectedOverSubsets(v.Classes, v.Correct, k, v.Seed)));
            // Only cells whose samples carry reward scores (PRM/ORM strategies, replayed scores) get rm@k and wmaj@k.
            if (!hasScores) continue;
            metrics[$"rm@{k}"] = MeanOrNull(perProblemSamples.Select(s => RewardSelection.RewardAtK(samples, s, k, stepAggregation)));
            metrics[$"wmaj@{k}"] = MeanOrNull(perProblemSamples.Select(s => RewardSelection.WeightedMajorityAtK(samples, s, k, stepAggregation)));
        }

        AddDistribution(metrics, "prompt_tokens", samples.Select(s => (double)s.PromptTokens));
        AddDistribution(metrics, "completion_tokens", samples.Select(s => (double)s.CompletionTokens));
        AddDistribution(metrics, "reasoning_tokens", samples.Select(s => (double)s.ReasoningTokens));
        metrics["truncated_share"] = samples.Count == 0 ? null : samples.Count(s => s.Truncated) / (double)samples.Count;
        metrics["no_answer_share"] = samples.Count == 0 ? null : samples.Count(s => s.NoAnswer) / (double)samples.Count;
        // How much of the score rests on answers the grader could not judge exactly (marked wrong, never confidently).
        metrics["ungradable_share"] = samples.Count == 0 ? null : samples.Count(s => s.Ungradable) / (double)samples.Count;

        foreach (var (name, value) in EfficiencyAggregator.Aggregate(samples.Where(s => s.HasAnalysis)))
            metrics[name] = value;
        metrics["token_sources"] = TokenSources(samples);

        if (StrategyNotes(problems) is { Count: > 0 } notes) metrics["strategy_notes"] = notes;

        metrics["mean_model_calls_per_problem"] = MeanOrNull(problems.Select(p => (double?)p.ModelCalls));
        metrics["mean_tokens_per_problem"] = MeanOrNull(problems.Select(p => (double?)(p.PromptTokens + p.CompletionTokens + p.RewardTokens)));
        metrics["mean_completion_tokens_per_problem"] = MeanOrNull(problems.Select(p => (double?)p.CompletionTokens));
        metrics["mean_reward_calls_per_problem"] = MeanOrNull(problems.Select(p => (double?)p.RewardCalls));
        metrics["mean_reward_tokens_per_problem"] = MeanOrNull(problems.Select(p => (double?)p.RewardTokens));
        // The network's share, apart from the compute figures above (which count answered calls only).
        metrics["error_share"] = problems.Count == 0 ? null : (problems.Count - scored.Count) / (double)problems.Count;
        metrics["attempts"] = problems.Sum(p => (long)p.Attempts);
        metrics["retries"] = problems.Sum(p => (long)p.Retries);
        metrics["call_errors"] = problems.Sum(p => (long)p.CallErrors);
        metrics["cache_hits"] = problems.Sum(p => (long)p.CacheHits);
        return metrics;
    }

    /// <summary>Accuracy and token figures for one slice (a level or a subject).</summary>
    public static OrderedDictionary<string, object?> Slice(IReadOnlyList<ProblemRecord> problems, IEnumerable<SampleFacts> samples)
    {
        var scores = problems.Where(p => p.Error is null).Select(p => p.Score).ToList();
        var slice = new OrderedDictionary<string, object?>
        {
            ["problems"] = problems.Count,
            ["errors"] = problems.Count - scores.Count,
            ["accuracy"] = scores.Count == 0 ? null : scores.Average(),
        };
        AddDistribution(slice, "completion_tokens", samples.Select(s => (double)s.CompletionTokens));
        AddDistribution(slice, "prompt_tokens", samples.Select(s => (double)s.PromptTokens));
        AddDistribution(slice, "reasoning_tokens", samples.Select(s => (double)s.ReasoningTokens));
        return slice;
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

    private static SortedDictionary<string, int> TokenSources(IReadOnlyList<SampleFacts> samples)
    {
        var sources = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var sample in samples) sources[sample.TokenSource] = sources.GetValueOrDefault(sample.TokenSource) + 1;
        return sources;
    }

    /// <summary>
    /// Per-problem strategy notes summarised over the cell: numbers as their mean, true/false as the share of true
    /// (e.g. adaptive: <c>escalated</c> = escalation rate, <c>saved_samples</c> = samples saved per problem).
    /// </summary>
    private static SortedDictionary<string, double> StrategyNotes(IReadOnlyList<ProblemRecord> problems)
    {
        var summary = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var group in problems.Where(p => p.Notes is not null).SelectMany(p => p.Notes!).GroupBy(n => n.Key))
        {
            var values = group.Select(n => n.Value).ToList();
            if (values.All(v => v is "true" or "false")) summary[group.Key] = values.Count(v => v == "true") / (double)values.Count;
            else if (values.All(v => double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)))
                summary[group.Key] = values.Average(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture));
        }
        return summary;
    }

    public static IEnumerable<int> PowersOfTwoUpTo(int n)
    {
        for (var k = 1; k <= Math.Max(1, n); k *= 2) yield return k;
    }

    private static void AddDistribution(OrderedDictionary<string, object?> metrics, string name, IEnumerable<double> values)
    {
        var (mean, median, p90) = Quantiles.Describe(values);
        metrics[$"mean_{name}"] = double.IsNaN(mean) ? null : mean;
        metrics[$"median_{name}"] = double.IsNaN(median) ? null : median;
        metrics[$"p90_{name}"] = double.IsNaN(p90) ? null : p90;
    }

    /// <summary>Mean over problems, null when any problem's value is undefined (n &lt; k) or there are none.</summary>
    private static double? MeanOrNull(IEnumerable<double?> values)
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
}
