using Evaluate.Core.Models;

namespace Evaluate.Core.Strategies;

/// <summary>
/// Wraps the model a judge asks, so each of its requests counts in the problem's meter as a reward call with its
/// tokens (not as a model call of the evaluated strategy, which would distort calls per problem).
/// </summary>
public sealed class RewardMeter(IModelAdapter judge, MeteredModel meter) : DelegatingModelAdapter(judge)
{
    public override async Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        var result = await Inner.GenerateAsync(request, cancellationToken).ConfigureAwait(false);
        meter.AddRewardUsage(result);
        return result;
    }
}
