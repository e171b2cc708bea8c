using Evaluate.Core.Analysis;
using Evaluate.Core.Problems;
using Evaluate.Core.Strategies;
using Evaluate.Core.Suites;

namespace Evaluate.Core.Running;

/// <summary>
/// Grades every candidate of a strategy outcome with the suite's checker and assigns vote classes
/// (the first earlier sample with an equivalent answer), so that maj@k can later be computed from records alone.
/// Each response is also analysed into solution rounds for the overthinking measures.
/// A checker that throws (a bug: checkers are specified never to throw) is counted through <see cref="GuardedChecker"/>:
/// each sample carries the internal errors its grading and analysis caused, the problem all of them (the strategy's too).
/// </summary>
public static class SampleGrader
{
    public static (IReadOnlyList<SampleRecord> Samples, ProblemRecord Problem) Grade(
        string run, RunKey key, bool simulated, Problem problem, int problemIndex, IAnswerChecker checker, StrategyOutcome outcome, ComputeSpent spent, ResponseAnalyzer analyzer,
        InternalErrorLog? internalErrors = null, Grading.Reasking.ReaskRun? reask = null)
    {
        var log = internalErrors ?? new InternalErrorLog();
        var guarded = new GuardedChecker(checker, log);
        var sampleErrors = new IReadOnlyList<InternalError>[outcome.Candidates.Count];
        var extracted = new string?[outcome.Candidates.Count];
        var verdicts = new Verdict[outcome.Candidates.Count];
        var classes = new int[outcome.Candidates.Count];
        var representatives = new List<int>();
        for (var i = 0; i < outcome.Candidates.Count; i++)
        {
            var mark = log.Count;
            extracted[i] = guarded.Extract(outcome.Candidates[i].Completion.Text);
            // Re-ask: a response without a final answer is graded by the model's reply to being asked for it.
            if (extracted[i] is null && reask?.Answers[i] is { } again) extracted[i] = guarded.Extract(again.Whole);
            verdicts[i] = guarded.Grade(problem, extracted[i]);
            classes[i] = -1;
            if (extracted[i] is not null)
            {
                foreach (var r in representatives)
                    if (guarded.Equivalent(problem, extracted[r]!, extracted[i]!)) { classes[i] = r; break; }
                if (classes[i] < 0)
                {
                    classes[i] = i;
                    representatives.Add(i);
                }
            }
            sampleErrors[i] = log.Since(mark);
        }

        var samples = new List<SampleRecord>(outcome.Candidates.Count);
        for (var i = 0; i < outcome.Candidates.Count; i++)
        {
            var candidate = outcome.Candidates[i];
            var completion = candidate.Completion;
            var mark = log.Count;
            var analysis = analyzer.Analyze(completion.Text, completion.Reasoning, completion.FinishReason, guarded, problem);
            if (log.Count > mark) sampleErrors[i] = [.. sampleErrors[i], .. log.Since(mark)];
            samples.Add(new SampleRecord
            {
                Run = run, Model = key.Model, Simulated = simulated, Suite = key.Suite, Strategy = key.Strategy,
                ProblemId = problem.Id, ProblemIndex = problemIndex, SampleIndex = i,
                Level = problem.Meta.Level, Subject = problem.Meta.Subject, Easy = problem.Meta.IsEasy,
                Response = completion.Text, Reasoning = completion.Reasoning,
                Extracted = extracted[i], Gold = problem.Gold,
                Correct = verdicts[i].Correct, Reason = verdicts[i].Reason,
                AnswerClass = classes[i], Selected = outcome.SelectedIndex == i,
                Score = candidate.Score, StepScores = candidate.StepScores,
                PromptTokens = completion.Usage.PromptTokens, CompletionTokens = completion.Usage.CompletionTokens,
                ReasoningTokens = completion.Usage.ReasoningTokens, CachedPromptTokens = completion.Usage.CachedPromptTokens,
                TokenSource = completion.Usage.Source.ToString().ToLowerInvariant(),
                FinishReason = completion.FinishReason, Truncated = completion.Truncated,
                UnclosedThink = Evaluate.Core.Analysis.UnclosedThink.Of(completion.Text, completion.Reasoning),
                Analysis = analysis, Notes = candidate.Notes,
                InternalErrors = sampleErrors[i].Count, InternalErrorDetails = InternalErrorLog.Details(sampleErrors[i]),
                Reasked = reask?.Answers[i] is not null, Reask = reask?.Answers[i],
            });
        }

        var score = outcome.SelectedIndex is { } selected && selected >= 0 && selected < samples.Count
            ? (samples[selected].Correct ? 1.0 : 0.0)
            : samples.Count == 0 ? 0.0 : samples.Count(s => s.Correct) / (double)samples.Count;
        var record = new ProblemRecord
        {
            Run = run, Model = key.Model, Simulated = simulated, Suite = key.Suite, Strategy = key.Strategy, ProblemId = problem.Id, ProblemIndex = problemIndex,
            Level = problem.Meta.Level, Subject = problem.Meta.Subject, Easy = problem.Meta.IsEasy,
            Samples = samples.Count, SelectedIndex = outcome.SelectedIndex, Score = score,
            ModelCalls = spent.ModelCalls, PromptTokens = spent.PromptTokens, CompletionTokens = spent.CompletionTokens,
            ReasoningTokens = spent.ReasoningTokens, CachedPromptTokens = spent.CachedPromptTokens, RewardCalls = spent.RewardCalls, RewardTokens = spent.RewardTokens, Attempts = spent.Attempts, Retries = spent.Retries, CallErrors = spent.CallErrors, CacheHits = spent.CacheHits, Notes = outcome.Notes,
            InternalErrors = log.Count, InternalErrorDetails = InternalErrorLog.Details(log.Since(0)),
            Reask = reask?.Tally(extracted),
        };
        return (samples, record);
    }
}
