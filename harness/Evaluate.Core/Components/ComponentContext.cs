using Evaluate.Core.Models;
using Evaluate.Core.Plans;
using Evaluate.Core.Suites;

namespace Evaluate.Core.Components;

/// <summary>
/// What a component factory may use besides its own spec: the resolved plan (plan-level defaults such as n and
/// temperature, seeds, connection flags), run-scoped services (the tokenizer, a replay file, known problems) and, for
/// per-cell components such as reward models, the cell's suite and model.
/// </summary>
public sealed record ComponentContext
{
    public RunPlan Plan { get; init; } = new();

    public IServiceProvider Services { get; init; } = ComponentServices.Empty;

    public ISuite? Suite { get; init; }

    public IModelAdapter? Model { get; init; }

    /// <summary>A run-scoped service; a usage error naming <paramref name="neededBy"/> when the run has none.</summary>
    public T Require<T>(string neededBy) where T : class =>
        Services.GetService(typeof(T)) as T
        ?? throw new UsageException($"{neededBy} needs a {typeof(T).Name}, which this run does not provide");

    public T? Optional<T>() where T : class => Services.GetService(typeof(T)) as T;
}
