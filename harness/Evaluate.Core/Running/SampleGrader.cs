using Evaluate.Core.Analysis;
using Evaluate.Core.Problems;
using Evaluate.Core.Strategies;
using Evaluate.Core.Suites;

namespace Evaluate.Core.Running;

/// <summary>
/// Grades every candidate of a strategy outcome with the suite's checker and assigns vote classes
/// (the first earlier sample with an equivalent answer), so that maj@k can later be computed from records alone.
/// Each response is also analysed into solution rounds for the overthinking measures.
/// </summary>
public static class SampleGrader
{
    public static (IReadOnlyList<SampleRecord> Samples, ProblemRecord Problem) Grade(
        string run, RunKey key, bool simulated, Problem problem, int problemIndex, IAnswerChecker checker, StrategyOutcome outcome, ComputeSpent spent, ResponseAnalyzer analyzer)
    {
        var extracted = new string?[outcome.Candidates.Count];
        var verdicts = new Verdict[outcome.Candidates.Count];
        var classes = new int[outcome.Candidates.Count];
        var representatives = new List<int>();
        for (var i = 0; i < outcome.Candidates.Count; i++)
        {
            extracted[i] = SafeExtract(checker, outcome.Candidates[i].Completion.Text);
            verdicts[i] = SafeGrade(checker, problem, extracted[i]);
            classes[i] = -1;
            if (extracted[i] is null) continue;
            foreach (var r in representatives)
                if (SafeEquivalent(checker, problem, extracted[r]!, extracted[i]!)) { classes[i] = r; break; }
            if (classes[i] < 0)
            {
                classes[i] = i;
                representatives.Add(i);
            }
        }

        var samples = new List<SampleRecord>(outcome.Candidates.Count);
        for (var i = 0; i < outcome.Candidates.Count; i++)
        {
            var candidate = outcome.Candidates[i];
            var completion = candidate.Completion;
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
                ReasoningTokens = completion.Usage.ReasoningTokens,
                TokenSource = completion.Usage.Source.ToString().ToLowerInvariant(),
                FinishReason = completion.FinishReason, Truncated = completion.Truncated,
                Analysis = analyzer.Analyze(completion.Text, completion.Reasoning, completion.FinishReason, checker, problem),
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
            ReasoningTokens = spent.ReasoningTokens, RewardCalls = spent.RewardCalls, RewardTokens = spent.RewardTokens, Attempts = spent.Attempts, Retries = spent.Retries, CallErrors = spent.CallErrors, CacheHits = spent.CacheHits, Notes = outcome.Notes,
        };
        return (samples, record);
    }

    // Checkers are specified never to throw; these guards keep one faulty checker from losing a run's results.
    private static string? SafeExtract(IAnswerChecker checker, string text)
    {
        try { return checker.Extract(text); }
        catch (Exception) { return null; }
    }

    private static Verdict SafeGrade(IAnswerChecker checker, Problem problem, string? extracted)
    {
        try { return checker.Grade(problem, extracted); }
        catch (Exception e) { return new Verdict(false, $"grader-error: {e.GetType().Name}"); }
    }

    private static bool SafeEquivalent(IAnswerChecker checker, Problem problem, string a, string b)
    {
        try { return checker.Equivalent(problem, a, b); }
        catch (Exception) { return false; }
    }
}
