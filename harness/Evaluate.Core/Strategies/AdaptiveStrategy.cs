using System.Globalization;
using Evaluate.Core.Components;
using Evaluate.Core.Models;

namespace Evaluate.Core.Strategies;

/// <summary>
/// Fast and slow thinking. First <c>first</c> samples (seeds Seed..Seed+first-1); if the largest answer class holds at
/// least share <c>agree</c> of them, that answer is kept (fast path). With <c>first=1</c> agreement is replaced by
/// the sample's confidence exp(mean token logprob) when the model returns logprobs (otherwise it always escalates).
/// Otherwise it escalates: by default to self-consistency over <c>n</c> samples in total (the first ones are reused),
/// or, with <c>escalate=NAME</c>, to that catalog strategy with default parameters and n. The outcome's notes say
/// whether it escalated and how many samples the fast path saved against always drawing n.
/// </summary>
public sealed class AdaptiveStrategy(int first, int n, double agree, double temperature, IStrategy? escalation) : IStrategy
{
    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("adaptive",
        $"adaptive (first={first}, n={n}, agree={agree}, escalate={escalation?.Descriptor.Name ?? "majority"})",
        ("first", first), ("n", n), ("agree", agree), ("temperature", temperature), ("escalate", escalation?.Descriptor.ToString() ?? "majority"));

    public async Task<StrategyOutcome> SolveAsync(SolveContext context, CancellationToken cancellationToken)
    {
        var guard = ComputeGuard.For(context);
        var firstDraw = await guard.TryGenerateAsync(new GenerationRequest
        {
            Messages = context.Suite.RenderPrompt(context.Problem),
            N = first,
            Temperature = first == 1 ? 0 : temperature,
            TopP = 1,
            Seed = context.Seed,
            MaxTokens = context.MaxTokens,
            TopLogprobs = first == 1 ? 1 : null,
        }, cancellationToken).ConfigureAwait(false) ?? [];
        var candidates = firstDraw.Select(c => new Candidate(c)).ToList();
        var classes = AnswerClasses.Of(context.Problem, context.Checker, firstDraw.Select(c => c.Text).ToList());
        var confidence = Confidence(firstDraw, classes);
        if (confidence >= agree || guard.Exhausted)
            return new StrategyOutcome(candidates, Vote.Select(classes), Notes(false, confidence, n - candidates.Count));

        if (escalation is not null)
        {
            // The escalation draws its own samples: it starts at the seed after the fast path's last one, so no sample
            // is drawn twice (same text, counted twice in votes, paid for twice).
            // The trace shows the fast path's samples under the root first, then the escalation's tree beside them.
            context.Trace.AddSamples(candidates);
            var mark = context.Trace.CandidateMark;
            var escalated = await escalation.SolveAsync(context with { Model = guard.Meter, Seed = context.Seed + candidates.Count }, cancellationToken).ConfigureAwait(false);
            context.Trace.ShiftCandidates(mark, candidates.Count);
            var all = candidates.Concat(escalated.Candidates).ToList();
            var selected = escalated.SelectedIndex is { } i ? candidates.Count + i
                : Vote.Select(AnswerClasses.Of(context.Problem, context.Checker, all.Select(c => c.Completion.Text).ToList()));
            return new StrategyOutcome(all, selected, Notes(true, confidence, 0));
        }
        var more = await SampleBatch.DrawAsync(guard, context, n - candidates.Count, temperature, candidates.Count, cancellationToken).ConfigureAwait(false);
        candidates.AddRange(more.Select(c => new Candidate(c)));
        classes = AnswerClasses.Of(context.Problem, context.Checker, candidates.Select(c => c.Completion.Text).ToList());
        return new StrategyOutcome(candidates, Vote.Select(classes), Notes(true, confidence, n - candidates.Count));
    }

    /// <summary>Share of the largest answer class; for one sample, exp(mean logprob) when known, else 0.</summary>
    private static double Confidence(IReadOnlyList<Completion> draw, int[] classes)
    {
        if (draw.Count == 0) return 0;
        if (draw.Count == 1)
            return draw[0].Logprobs is { Count: > 0 } lp ? Math.Exp(lp.Average(t => t.Logprob)) : 0;
        var largest = classes.Where(c => c >= 0).GroupBy(c => c).Select(g => g.Count()).DefaultIfEmpty(0).Max();
        return (double)largest / draw.Count;
    }

    private static Dictionary<string, string> Notes(bool escalated, double confidence, int savedSamples) => new()
    {
        ["escalated"] = escalated ? "true" : "false",
        ["first_confidence"] = confidence.ToString("0.###", CultureInfo.InvariantCulture),
        ["saved_samples"] = Math.Max(0, savedSamples).ToString(CultureInfo.InvariantCulture),
    };
}
