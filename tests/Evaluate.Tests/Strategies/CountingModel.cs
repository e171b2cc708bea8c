using Evaluate.Core.Models;

namespace Evaluate.Tests.Strategies;

/// <summary>Counts, independently of the runner's metering, every call and token that passes to the inner model.</summary>
public sealed class CountingModel(IModelAdapter inner) : DelegatingModelAdapter(inner)
{
    private readonly Lock _gate = new();

    public int Calls { get; private set; }
    public long PromptTokens { get; private set; }
    public long CompletionTokens { get; private set; }

    public override async Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        var result = await Inner.GenerateAsync(request, cancellationToken);
        lock (_gate)
        {
            Calls += result.Calls;
            PromptTokens += result.Completions.Count == 0 ? 0 : result.Completions[0].Usage.PromptTokens * (long)result.Calls;
            CompletionTokens += result.Completions.Sum(c => (long)c.Usage.CompletionTokens);
        }
        return result;
    }
}
