using Evaluate.Core.Models;

namespace Evaluate.Core.Strategies;

/// <summary>
/// What a strategy needs from the model, checked once before anything runs (as <see cref="IStrategyRequirements"/>
/// checks the suite and reward model). A misfit refuses the run as a usage error naming the reason: unlike a strategy
/// that does not fit a suite, no cell of that model could produce a measurement.
/// </summary>
public interface IModelRequirements
{
    /// <summary>Null when the strategy can run on <paramref name="model"/>; otherwise why not.</summary>
    string? CannotRunOn(IModelAdapter model);
}
