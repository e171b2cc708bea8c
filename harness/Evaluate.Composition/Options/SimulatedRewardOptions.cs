using Evaluate.Core.Components;

namespace Evaluate.Composition;

/// <summary>The <c>sim</c> reward model's parameters, each declared once with its default.</summary>
public sealed record SimulatedRewardOptions
{
    [Option("separation of correct and wrong solutions, in noise units", Min = 0)]
    public double D { get; init; } = 2.0;

    [Option("score noise", Min = 0)]
    public double Noise { get; init; } = 1.0;

    /// <summary>No default of its own: the run's seed (folded into an int) keeps a run reproducible from its plan.</summary>
    [Option("seed of the noise (default: the run's seed)")]
    public int? Seed { get; init; }
}
