using System.Text;
using System.Text.Json;
using Evaluate.Core.Running;

namespace Evaluate.Reports.History;

/// <summary>
/// K recorded runs of one fingerprint merged into the records of one baseline run. Pooling, per problem of each cell:
/// the K runs' samples concatenated (newest run first, sample indices renumbered so they stay distinct), and the
/// problem record's score and token and call counts averaged over the runs that did not error on it (a problem
/// every run errored on keeps the newest record, error included). So a per-problem value the comparer reads from the
/// record (accuracy, tokens per problem) is its mean over the K runs, pass@k is the unbiased estimate from all K·n
/// samples, and maj@k, a vote over the first k samples, is the newest run's. The problems are the newest run's.
/// </summary>
public static class PooledRecords
{
    /// <param name="runs">Each run's problems.jsonl and slim samples.jsonl text, newest first.</param>
    public static (string Problems, string Samples) Pool(IReadOnlyList<(string Problems, string Samples)> runs)
    {
        var problems = runs.Select(r => Lines<ProblemRecord>(r.Problems).ToList()).ToList();
        var byKey = problems.Select(run => run.GroupBy(p => Key(p.Model, p.Suite, p.Strategy, p.ProblemId), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal)).ToList();
        var pooledProblems = new StringBuilder();
        foreach (var newest in problems[0])
        {
            var key = Key(newest.Model, newest.Suite, newest.Strategy, newest.ProblemId);
            var all = byKey.Select(run => run.GetValueOrDefault(key)).Where(p => p is not null).Select(p => p!).ToList();
            pooledProblems.Append(JsonSerializer.Serialize(Mean(newest, all), ResultJson.Lines)).Append('\n');
        }

        var offsets = new Dictionary<string, int>(StringComparer.Ordinal);
        var wanted = problems[0].Select(p => Key(p.Model, p.Suite, p.Strategy, p.ProblemId)).ToHashSet(StringComparer.Ordinal);
        var pooledSamples = new StringBuilder();
        foreach (var run in runs)
        {
            var samples = Lines<SampleRecord>(run.Samples).ToList();
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var s in samples)
            {
                var key = Key(s.Model, s.Suite, s.Strategy, s.ProblemId);
                if (!wanted.Contains(key)) continue;
                var renumbered = s with { SampleIndex = offsets.GetValueOrDefault(key) + s.SampleIndex, Selected = false };
                pooledSamples.Append(JsonSerializer.Serialize(renumbered, ResultJson.Lines)).Append('\n');
                counts[key] = Math.Max(counts.GetValueOrDefault(key), s.SampleIndex + 1);
            }
            foreach (var (key, count) in counts) offsets[key] = offsets.GetValueOrDefault(key) + count;
        }
        return (pooledProblems.ToString(), pooledSamples.ToString());
    }

    private static ProblemRecord Mean(ProblemRecord newest, List<ProblemRecord> all)
    {
        var scored = all.Where(p => p.Error is null).ToList();
        if (scored.Count == 0) return newest;
        long Round(Func<ProblemRecord, double> value) => (long)Math.Round(scored.Average(value), MidpointRounding.AwayFromZero);
        return (scored.Contains(newest) ? newest : scored[0]) with
        {
            Score = scored.Average(p => p.Score),
            Samples = all.Sum(p => p.Samples),
            // The pooled problem chose nothing: its score is a share over runs, as plain sampling's is over samples.
            SelectedIndex = null,
            ModelCalls = (int)Round(p => p.ModelCalls),
            PromptTokens = Round(p => p.PromptTokens),
            CompletionTokens = Round(p => p.CompletionTokens),
            ReasoningTokens = Round(p => p.ReasoningTokens),
            RewardCalls = (int)Round(p => p.RewardCalls),
            RewardTokens = Round(p => p.RewardTokens),
            JudgeCalls = (int)Round(p => p.JudgeCalls),
            JudgePromptTokens = Round(p => p.JudgePromptTokens),
            JudgeCompletionTokens = Round(p => p.JudgeCompletionTokens),
        };
    }

    private static string Key(string model, string suite, string strategy, string problem) => $"{model}\u001f{suite}\u001f{strategy}\u001f{problem}";

    private static IEnumerable<T> Lines<T>(string text)
    {
        foreach (var line in text.Split('\n'))
            if (!string.IsNullOrWhiteSpace(line) && JsonSerializer.Deserialize<T>(line, ResultJson.Lines) is { } value)
                yield return value;
    }
}
