using Evaluate.Core.Metrics;
using Evaluate.Core.Models;
using Evaluate.Core.Running;
using Evaluate.Core.Suites;

namespace Evaluate.Core.Grading.Judging;

/// <summary>
/// The judge fallback, after the rules: a sample the rules leave undecided (an answer they cannot parse, or no extracted
/// answer) is sent to the judge model, whose strict verdict becomes its score (<c>verdict_source: judge</c>). With an
/// audit share, that share of rule-decided samples (drawn with the run's seed) is judged too, only to measure agreement:
/// their rule verdict stays the score. A judge that gives no verdict (garbage, empty, a failed call after the adapter's
/// retries) leaves the sample as the rules left it: ungradable, never correct. Calls and tokens go to the problem record.
/// </summary>
public sealed class JudgeStage(IModelAdapter judge, double auditShare = 0, int maxTokens = JudgeStage.DefaultMaxTokens) : IGradingStage
{
    /// <summary>Enough for a short explanation and the verdict line; a judge that thinks at length needs more (it is cut, then unparseable).</summary>
    public const int DefaultMaxTokens = 2048;

    private const int MaxError = 300;

    public IModelAdapter Judge { get; } = judge;

    public double AuditShare { get; } = auditShare;

    public async Task<GradedProblem> ApplyAsync(GradingStageInput input, GradedProblem graded, CancellationToken cancellationToken)
    {
        var tally = new JudgeTally();
        var samples = new List<SampleRecord>(graded.Samples.Count);
        foreach (var sample in graded.Samples)
        {
            var undecided = sample.Extracted is null || Verdict.IsUngradable(sample.Reason);
            var audit = !undecided && IsAudited(input.Seed, sample.ProblemId, sample.SampleIndex);
            if (!undecided && !audit)
            {
                samples.Add(sample with { VerdictSource = VerdictSources.Rule });
                continue;
            }
            var verdict = await AskAsync(input, sample, tally, cancellationToken).ConfigureAwait(false);
            var record = new JudgeRecord { Audit = audit, Verdict = JudgeRecord.VerdictText(verdict.Correct), Raw = verdict.Raw, Error = verdict.Error };
            samples.Add(audit || verdict.Correct is not { } correct
                // An audit, or a judge without a verdict: the rules' verdict stands (fail closed).
                ? sample with { VerdictSource = VerdictSources.Rule, Judge = record }
                : sample with
                {
                    VerdictSource = VerdictSources.Judge, Correct = correct,
                    Reason = correct ? JudgeReasons.Correct : JudgeReasons.Incorrect,
                    Judge = record with { RuleReason = sample.Reason },
                });
        }
        var refined = JudgeVoteClasses.Refine(samples);
        var problem = graded.Problem with
        {
            Score = GradedProblem.Score(refined, graded.Problem.SelectedIndex),
            JudgeCalls = graded.Problem.JudgeCalls + tally.Calls,
            JudgePromptTokens = graded.Problem.JudgePromptTokens + tally.PromptTokens,
            JudgeCompletionTokens = graded.Problem.JudgeCompletionTokens + tally.CompletionTokens,
            JudgeCacheHits = graded.Problem.JudgeCacheHits + tally.CacheHits,
        };
        return new GradedProblem(refined, problem);
    }

    /// <summary>Whether a rule-decided sample is in the audit share: a draw fixed by the run's seed, the problem and the sample.</summary>
    public bool IsAudited(long seed, string problemId, int sampleIndex) =>
        AuditShare > 0 && Draw(seed, problemId, sampleIndex) < AuditShare;

    /// <summary>A uniform number in [0, 1) fixed by its arguments.</summary>
    public static double Draw(long seed, string problemId, int sampleIndex) =>
        (Mix(StableHash.Of($"judge-audit\u0001{seed}\u0001{problemId}\u0001{sampleIndex}")) >> 11) * (1.0 / (1UL << 53));

    /// <summary>SplitMix64's finaliser: FNV-1a leaves its high bits poorly mixed for keys that differ in their last characters.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>
    /// The text the rules graded: a re-asked sample's answer is its re-ask reply (rules → re-ask → rules → judge), so the judge
    /// sees that reply, not the answerless response (the whole reply in a run, its recorded part on replay).
    /// </summary>
    public static string GradedText(SampleRecord sample) =>
        sample is { Reasked: true, Reask: { } reask } ? (reask.Whole.Length > 0 ? reask.Whole : reask.Response) : sample.Response;

    private async Task<JudgeVerdict> AskAsync(GradingStageInput input, SampleRecord sample, JudgeTally tally, CancellationToken cancellationToken)
    {
        var request = new GenerationRequest
        {
            Messages = [ChatMessage.User(JudgePrompt.Render(input.Problem.Text, input.Problem.Gold, GradedText(sample)))],
            N = 1, Temperature = 0, TopP = 1, Seed = input.Seed, MaxTokens = maxTokens,
        };
        GenerationResult result;
        try
        {
            result = await Judge.GenerateAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (ModelCallException e)
        {
            return JudgeVerdict.Failed(Short($"call failed: {e.Message}"));
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // A timeout inside the adapter, not the run's cancellation: a failed call.
            return JudgeVerdict.Failed(Short($"call failed: {e.Message}"));
        }
        tally.Add(result);
        if (result.Completions.Count == 0) return JudgeVerdict.Failed("empty reply");
        var completion = result.Completions[0];
        if (completion.Truncated) return JudgeVerdict.Failed("unparseable reply: cut at the judge's token limit", completion.Text);
        return JudgeVerdictParser.Parse(completion.Text);
    }

    private static string Short(string text) => text.Length <= MaxError ? text : text[..MaxError] + "…";
}

/// <summary>The reasons a judge-decided sample records (the rules' own reason is kept in its judge record).</summary>
public static class JudgeReasons
{
    public const string Correct = "judge-correct";
    public const string Incorrect = "judge-incorrect";
}
