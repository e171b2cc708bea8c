using Evaluate.Core.Models;

namespace Evaluate.Adapters.Cache;

/// <summary>
/// Answers a request from the <see cref="ResponseCache"/> when it holds it, else asks the model and stores the answer.
/// A hit is the same compute as the original call (its calls and tokens count as they did, so budgets and results do
/// not change) but reaches no server: it is marked <see cref="GenerationResult.FromCache"/> and counted as a cache hit.
/// </summary>
public sealed class CachingModel(IModelAdapter inner, ResponseCache cache) : DelegatingModelAdapter(inner), IDisposable
{
    private readonly string _model = inner.Descriptor.ToString();

    public override async Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        var key = CacheKey.Of(_model, request);
        if (cache.Find(key) is { } stored) return CachedResult.Deserialize(stored);
        var result = await Inner.GenerateAsync(request, cancellationToken).ConfigureAwait(false);
        cache.Store(key, _model, CachedResult.Serialize(result));
        return result;
    }

    public void Dispose() => (Inner as IDisposable)?.Dispose();
}
