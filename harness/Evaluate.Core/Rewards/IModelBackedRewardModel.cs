using Evaluate.Core.Models;

namespace Evaluate.Core.Rewards;

/// <summary>
/// A reward model that asks a language model (an LLM judge). The compute guard rebinds it to a metered view of
/// that model per problem, so its calls and tokens are counted and its tokens spend the problem's token budget.
/// </summary>
public interface IModelBackedRewardModel : IRewardModel
{
    /// <summary>The same reward model asking <paramref name="wrap"/>(its model) instead.</summary>
    IRewardModel Using(Func<IModelAdapter, IModelAdapter> wrap);
}
