using Evaluate.Core.Models;

namespace Evaluate.Core.Strategies;

/// <summary>
/// One sample of budget forcing: the model thinks inside <c>&lt;think&gt;</c> as a continued assistant prefix, each call
/// allowed only the thinking tokens left (and stopped at <c>&lt;/think&gt;</c>). An end of thinking below the floor is
/// suppressed by appending "Wait" (up to the allowed number of times); at the cap the thought is closed and the answer
/// asked for with "Final Answer:", as s1 does; a thought the model ends itself is closed and answered as it is.
/// Thinking tokens are the run's counter's count of the thought ("Wait"s included), cut to the cap if a back end's own
/// tokenizer let a continuation run over it.
/// </summary>
public sealed class ForcedThought(ComputeGuard guard, SolveContext context, BudgetForcingOptions options, ITokenCounter counter)
{
    public const string Open = "<think>\n";
    public const string WaitWord = "Wait";
    public const string FinalAnswer = "Final Answer:";

    /// <summary>Continuations in a row that add no counted token before the thought is treated as stuck at the cap.</summary>
    private const int MaxStalls = 3;

    /// <summary>The sample drawn with <paramref name="seed"/>; null when the compute budget refused its first call.</summary>
    public async Task<ForcedSample?> RunAsync(long seed, CancellationToken cancellationToken)
    {
        var messages = context.Suite.RenderPrompt(context.Problem);
        var thought = "";
        int tokens = 0, waits = 0, stalls = 0;
        int? promptTokens = null;
        var capped = false;
        while (true)
        {
            var remaining = options.MaxThinking - tokens;
            if (remaining <= 0)
            {
                capped = true;
                break;
            }
            var completion = await CallAsync(messages, Open + thought, seed, Math.Min(remaining, context.MaxTokens), [ThoughtSegment.Close], cancellationToken).ConfigureAwait(false);
            if (completion is null)
                return promptTokens is null ? null : Unanswered(thought, tokens, waits, promptTokens.Value);
            promptTokens ??= completion.Usage.PromptTokens;
            var segment = ThoughtSegment.Of(completion);
            var before = tokens;
            var whole = thought + segment.Text;
            (thought, tokens) = Capped(whole);
            if (thought.Length < whole.Length || (!segment.Ended && tokens >= options.MaxThinking))
            {
                capped = true;
                break;
            }
            if (!segment.Ended)
            {
                // Cut by the per-call limit (the run's max tokens, or a back end counting differently): think on.
                stalls = tokens > before ? 0 : stalls + 1;
                if (stalls >= MaxStalls)
                {
                    capped = true;
                    break;
                }
                continue;
            }
            if (tokens >= options.MinThinking || waits >= options.Wait) break;
            // s1: the end of thinking is suppressed and "Wait" appended, so the model reconsiders; not when it no longer fits.
            var extended = Capped(thought + WaitWord);
            if (extended.Thought.Length < thought.Length + WaitWord.Length) break;
            waits++;
            (thought, tokens) = extended;
        }
        return await AnswerAsync(messages, seed, thought, tokens, waits, capped, promptTokens ?? 0, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ForcedSample> AnswerAsync(IReadOnlyList<ChatMessage> messages, long seed, string thought, int tokens, int waits, bool capped,
        int promptTokens, CancellationToken cancellationToken)
    {
        // A forced end asks for the answer outright; a thought the model ended itself is answered as the model would.
        var lead = capped ? FinalAnswer : "";
        var prefix = Open + thought.TrimEnd() + "\n" + ThoughtSegment.Close + "\n\n" + lead;
        var answer = await CallAsync(messages, prefix, seed, Math.Min(options.AnswerTokens, context.MaxTokens), [], cancellationToken).ConfigureAwait(false);
        if (answer is null) return Unanswered(thought, tokens, waits, promptTokens) with { Capped = capped };
        var text = lead + answer.Text;
        var usage = new TokenUsage(promptTokens, tokens + counter.CountTokens(text), tokens, TokenCountSource.Counted);
        return new ForcedSample(new Completion(text, thought, answer.FinishReason, usage), tokens, waits, capped);
    }

    /// <summary>A thought the compute budget stopped before it was answered: kept, with no answer, as cut at a limit.</summary>
    private ForcedSample Unanswered(string thought, int tokens, int waits, int promptTokens) =>
        new(new Completion("", thought, "length", new TokenUsage(promptTokens, tokens, tokens, TokenCountSource.Counted)), tokens, waits, false);

    private (string Thought, int Tokens) Capped(string thought)
    {
        var cut = TokenCap.Cut(thought, options.MaxThinking, counter);
        return (cut, counter.CountTokens(cut));
    }

    private async Task<Completion?> CallAsync(IReadOnlyList<ChatMessage> messages, string prefix, long seed, int maxTokens, IReadOnlyList<string> stop,
        CancellationToken cancellationToken)
    {
        var completions = await guard.TryGenerateAsync(new GenerationRequest
        {
            Messages = messages,
            AssistantPrefix = prefix,
            N = 1,
            Temperature = options.Temperature,
            TopP = options.TopP,
            Seed = seed,
            Stop = stop,
            MaxTokens = maxTokens,
        }, cancellationToken).ConfigureAwait(false);
        return completions is { Count: > 0 } ? completions[0] : null;
    }
}

/// <summary>One budget-forced sample: the completion (thought as reasoning, answer as text) and how the thought ended.</summary>
/// <param name="ThinkingTokens">The thought's tokens as the run's counter counts them; never above the cap.</param>
/// <param name="Waits">Times "Wait" was appended.</param>
/// <param name="Capped">The cap ended the thought (not the model).</param>
public sealed record ForcedSample(Completion Completion, int ThinkingTokens, int Waits, bool Capped);
