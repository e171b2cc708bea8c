using Evaluate.Core.Models;

namespace Evaluate.Core.Strategies;

/// <summary>
/// Counts every call and token that passes through to the model for one problem. The runner wraps the
/// model in one of these per problem, so compute figures add up whatever the strategy does.
/// </summary>
public sealed class MeteredModel(IModelAdapter inner) : DelegatingModelAdapter(inner)
{
    private readonly Lock _gate = new();
    private ComputeSpent _spent = ComputeSpent.Zero;

    public ComputeSpent Spent { get { lock (_gate) return _spent; } }

    public override async Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        var result = await Inner.GenerateAsync(request, cancellationToken).ConfigureAwait(false);
        // A server reports prompt tokens once per call even for n choices; completions carry their own share.
        long prompt = 0, completion = 0, reasoning = 0;
        foreach (var c in result.Completions)
        {
            prompt = Math.Max(prompt, c.Usage.PromptTokens);
            completion += c.Usage.CompletionTokens;
            reasoning += c.Usage.ReasoningTokens;
        }
        lock (_gate)
            _spent = _spent.Add(new ComputeSpent(result.Calls, prompt * result.Calls, completion, reasoning, 0));
        return result;
    }

    public void AddRewardCalls(int calls)
    {
        lock (_gate) _spent = _spent with { RewardCalls = _spent.RewardCalls + calls };
    }
}
