using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Strategies;
using Evaluate.Core.Suites;

namespace Evaluate.Core.Grading.Reasking;

/// <summary>
/// The re-ask stage of grading, between the strategy and the rules: every candidate whose response has no extractable
/// final answer (the suite's checker extracts nothing) gets one short extra call (<see cref="ReaskPrompt"/>), and rule
/// grading then reads the reply in place of the answerless response. The calls go through a metered model (and so the
/// response cache, compute figures and cost), one call per answerless sample, in sample order. A failed re-ask call
/// fails the problem like any failed model call: a failure is never a result, and an answerless sample scored wrong
/// because its re-ask failed would be one.
/// </summary>
/// <param name="model">The metering the re-asks go through: the problem's own, or a separate re-ask model's.</param>
/// <param name="separate">Whether <paramref name="model"/> is metered apart from the problem (its spend is added by <see cref="Total"/>).</param>
public sealed class ReaskStage(MeteredModel model, long seed, bool separate = false)
{
    /// <summary>
    /// The stage for one problem when the run re-asks (null otherwise): its calls go to the problem's own metering, or,
    /// with a re-ask model of their own (<c>reask_model</c>), to that model metered apart.
    /// </summary>
    public static ReaskStage? For(ReaskSettings? settings, MeteredModel problemModel, long seed) => settings switch
    {
        null => null,
        { Model: { } other } => new ReaskStage(new MeteredModel(other), seed, separate: true),
        _ => new ReaskStage(problemModel, seed),
    };

    /// <summary>The problem's whole spend: its own metering's plus a separate re-ask model's.</summary>
    public ComputeSpent Total(ComputeSpent problem) => separate ? problem.Add(model.Spent) : problem;

    public async Task<ReaskRun> RunAsync(Problem problem, IAnswerChecker checker, IReadOnlyList<Candidate> candidates, CancellationToken cancellationToken)
    {
        // Grading reads every response again with the run's own guard, which counts a checker's bug once; here a throw
        // only means "no answer" (what the guard answers too).
        var guarded = new GuardedChecker(checker, new InternalErrorLog());
        var before = model.Spent;
        var answers = new ReaskAnswer?[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var response = candidates[i].Completion;
            if (guarded.Extract(response.Text) is not null) continue;
            GenerationResult result;
            try
            {
                result = await model.GenerateAsync(new GenerationRequest
                {
                    Messages = ReaskPrompt.Messages(problem, response),
                    N = 1, Temperature = 0, Seed = seed, MaxTokens = ReaskPrompt.MaxTokens,
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (ModelCallException e)
            {
                // The problem's error names the re-ask, so a failed re-ask is never mistaken for a failed solution.
                throw new ModelCallException($"re-ask of sample {i}: {e.Message}", e.IsTransient, e.StatusCode, e.RetryAfter, e, e.IsPermanentForRun, e.Attempts, e.Retries);
            }
            if (result.Completions.Count == 0)
                throw new ModelCallException($"re-ask of sample {i}: the model answered with no completion", isTransient: false);
            answers[i] = ReaskAnswer.Of(result.Completions[0], result.FromCache);
        }
        return new ReaskRun(answers, Since(before, model.Spent));
    }

    private static ComputeSpent Since(ComputeSpent before, ComputeSpent after) =>
        new(after.ModelCalls - before.ModelCalls, after.PromptTokens - before.PromptTokens, after.CompletionTokens - before.CompletionTokens,
            after.ReasoningTokens - before.ReasoningTokens, 0)
        {
            Attempts = after.Attempts - before.Attempts, Retries = after.Retries - before.Retries, CallErrors = after.CallErrors - before.CallErrors,
            CacheHits = after.CacheHits - before.CacheHits, CachedPromptTokens = after.CachedPromptTokens - before.CachedPromptTokens,
        };
}
