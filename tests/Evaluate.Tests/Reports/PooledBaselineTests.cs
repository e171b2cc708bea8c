using System.Text.Json;
using Evaluate.Core.Running;
using Evaluate.Reports.History;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reports;

/// <summary>
/// gate --history --pool K: the last K passing runs with the candidate's fingerprint pooled into one baseline, whose
/// per-problem values are means over the K runs (see <see cref="PooledRecords"/>).
/// </summary>
public sealed class PooledBaselineTests
{
    private static Task<string> RerunAsync(string root, string folder, Func<int, bool[]> correct, string? manifestOf = null) =>
        ReplayReruns.CreateAsync(root, folder, correct, manifestOf);

    [Test]
    public async Task The_pooled_baseline_is_the_mean_of_the_last_K_runs_with_the_candidates_fingerprint()
    {
        var root = TestRuns.NewDirectory();
        var history = Path.Combine(root, "history.db");
        var store = HistoryStore.Open(history);
        var first = await RerunAsync(root, "a", _ => [true]);
        // An older run of another plan (another fingerprint) is never pooled.
        var other = await ReplayRuns.CreateAsync(Path.Combine(root, "other"), "other-plan", Enumerable.Range(1, 30).Select(i => ($"q{i}", new[] { false })));
        store.Append(other, "nightly", gatePassed: null);
        store.Append(first, "nightly", gatePassed: null);
        store.Append(await RerunAsync(root, "b", _ => [true], first), "nightly", gatePassed: true);
        store.Append(await RerunAsync(root, "c", i => [i > 15], first), "nightly", gatePassed: null);
        var candidate = await RerunAsync(root, "cand", i => [i > 20], first);

        var (pooled, pooledOutput, pooledError) = await InProcessCli.RunAsync("gate", "--history", history, "--tag", "nightly", "--pool", "3", "--candidate", candidate);
        var (latest, latestOutput, latestError) = await InProcessCli.RunAsync("gate", "--history", history, "--tag", "nightly", "--candidate", candidate);

        // Pooled: per problem the mean of 1, 1 and (0 or 1): accuracy (1 + 1 + 0.5) / 3 = 0.8333 against the candidate's
        // 0.3333; 20 problems moved, all down, so the sign-flip p (2 / 2^20) survives Holm's correction.
        Assert.That(pooled, Is.EqualTo(1), pooledError + pooledOutput);
        Assert.That(pooledOutput, Does.Contain("accuracy: 0.8333 → 0.3333"));
        Assert.That(pooledOutput, Does.Contain("baseline: pooled 3 runs of nightly (history entries 2, 3, 4, tag nightly"));
        // Without --pool the latest run alone (0.5) is the baseline: 5 newly wrong of 30 is not significant (McNemar p 0.0625).
        Assert.That(latest, Is.Zero, latestError);
        Assert.That(latestOutput, Does.Contain("accuracy: 0.5 → 0.3333"));
    }

    [Test]
    public async Task Pool_without_a_run_of_the_candidates_fingerprint_is_a_usage_error()
    {
        var root = TestRuns.NewDirectory();
        var history = Path.Combine(root, "history.db");
        HistoryStore.Open(history).Append(await RerunAsync(root, "a", _ => [true]), tag: null, gatePassed: null);
        var other = await ReplayRuns.CreateAsync(Path.Combine(root, "other"), "other-plan", ReplayRuns.Single(true));

        var (code, _, error) = await InProcessCli.RunAsync("gate", "--history", history, "--pool", "2", "--candidate", other);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("no passing run with the candidate's fingerprint to pool"));
    }

    [Test]
    public void Pooling_averages_problem_records_and_concatenates_samples_with_distinct_indices()
    {
        static string Problem(double score, long tokens) => JsonSerializer.Serialize(new ProblemRecord
        {
            Run = "r", Model = "m", Suite = "s", Strategy = "sample:n=2", ProblemId = "p1", Samples = 2, Score = score, CompletionTokens = tokens,
        }, ResultJson.Lines) + "\n";
        static string Samples(params bool[] correct) => string.Concat(correct.Select((c, i) => JsonSerializer.Serialize(new SampleRecord
        {
            Run = "r", Model = "m", Suite = "s", Strategy = "sample:n=2", ProblemId = "p1", SampleIndex = i, Response = "", Gold = "1", Correct = c, Reason = "", AnswerClass = c ? 0 : 1,
        }, ResultJson.Lines) + "\n"));

        var (problems, samples) = PooledRecords.Pool([(Problem(1, 100), Samples(true, true)), (Problem(0.5, 200), Samples(true, false)), (Problem(0, 301), Samples(false, false))]);

        var record = JsonSerializer.Deserialize<ProblemRecord>(problems.Trim(), ResultJson.Lines)!;
        Assert.That(record.Score, Is.EqualTo(0.5).Within(1e-12));
        Assert.That(record.CompletionTokens, Is.EqualTo(200));
        Assert.That(record.Samples, Is.EqualTo(6));
        var pooled = samples.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonSerializer.Deserialize<SampleRecord>(l, ResultJson.Lines)!).ToList();
        Assert.That(pooled.Select(s => s.SampleIndex), Is.EqualTo(new[] { 0, 1, 2, 3, 4, 5 }));
        Assert.That(pooled.Select(s => s.Correct), Is.EqualTo(new[] { true, true, true, false, false, false }));
    }
}
