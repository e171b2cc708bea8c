using Evaluate.Core.Models;

namespace Evaluate.Tests.Scale;

/// <summary>A served model that counts the requests it answers, so a test sees which replica did the work.</summary>
public sealed class CountingModel(IModelAdapter inner, TimeSpan? latency = null) : DelegatingModelAdapter(inner)
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public override async Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        if (latency is { } delay) await Task.Delay(delay, cancellationToken);
        return await Inner.GenerateAsync(request, cancellationToken);
    }
}
