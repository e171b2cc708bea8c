using Evaluate.Core.Components;

namespace Evaluate.Core.Strategies;

/// <summary>
/// A test-time strategy: turns one problem into candidates and (optionally) a chosen one.
/// Strategies get the model injected through <see cref="SolveContext"/> and never construct clients.
/// </summary>
public interface IStrategy
{
    ComponentDescriptor Descriptor { get; }

    Task<StrategyOutcome> SolveAsync(SolveContext context, CancellationToken cancellationToken);
}
