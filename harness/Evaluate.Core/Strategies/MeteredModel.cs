using Evaluate.Core.Models;

namespace Evaluate.Core.Strategies;

/// <summary>
/// Counts every call and token that passes through to the model for one problem. The runner wraps the
/// model in one of these per problem, so compute figures add up whatever the strategy does. A model-backed reward
/// model (an LLM judge) is metered here too, through <see cref="RewardMeter"/>, as reward calls and reward tokens.
/// </summary>
public sealed class MeteredModel(IModelAdapter inner) : DelegatingModelAdapter(inner)
{
    private readonly Lock _gate = new();
    private ComputeSpent _spent = ComputeSpent.Zero;

    public ComputeSpent Spent { get { lock (_gate) return _spent; } }

    public override async Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        GenerationResult result;
        try
        {
            result = await Inner.GenerateAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (ModelCallException e)
        {
            // A failed call is no model call: only its attempts, retries and the error itself are counted.
            lock (_gate)
                _spent = _spent with { Attempts = _spent.Attempts + e.Attempts, Retries = _spent.Retries + e.Retries, CallErrors = _spent.CallErrors + 1 };
            throw;
        }
        var (prompt, completion, reasoning) = Usage(result);
        lock (_gate)
            _spent = _spent.Add(new ComputeSpent(result.Calls, prompt, completion, reasoning, 0)
            {
                Attempts = result.FromCache ? 0 : result.Attempts, Retries = result.Retries, CacheHits = result.FromCache ? result.Calls : 0,
                CachedPromptTokens = CachedPrompt(result),
            });
        return result;
    }

    public void AddRewardCalls(int calls)
    {
        lock (_gate) _spent = _spent with { RewardCalls = _spent.RewardCalls + calls };
    }

    /// <summary>A judge's request: one reward call per model call it took, and its tokens.</summary>
    public void AddRewardUsage(GenerationResult result)
    {
        var (prompt, completion, _) = Usage(result);
        lock (_gate) _spent = _spent with { RewardCalls = _spent.RewardCalls + result.Calls, RewardTokens = _spent.RewardTokens + prompt + completion };
    }

    /// <summary>
    /// Tokens of one result. A server reports prompt tokens once per call even for n choices (each choice repeats the
    /// call's figure), so the prompt counts once per call; completions carry their own share.
    /// </summary>
    private static (long Prompt, long Completion, long Reasoning) Usage(GenerationResult result)
    {
        long prompt = 0, completion = 0, reasoning = 0;
        foreach (var c in result.Completions)
        {
            prompt = Math.Max(prompt, c.Usage.PromptTokens);
            completion += c.Usage.CompletionTokens;
            reasoning += c.Usage.ReasoningTokens;
        }
        return (prompt * result.Calls, completion, reasoning);
    }

    /// <summary>Cached prompt tokens of one result, counted once per call like the prompt itself.</summary>
    private static long CachedPrompt(GenerationResult result) =>
        result.Completions.Count == 0 ? 0 : (long)result.Completions.Max(c => c.Usage.CachedPromptTokens) * result.Calls;
}
