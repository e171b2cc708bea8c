using Evaluate.Core.Components;

namespace Evaluate.Core.Strategies;

/// <summary>Builds strategies from their specs (<c>greedy</c>, <c>sample:n=8,temperature=0.8</c>).</summary>
public static class StrategyCatalog
{
    public static IReadOnlyList<string> Names { get; } = ["greedy", "sample"];

    /// <param name="defaultN">Plan- or flag-level n for sampling strategies whose spec does not set it.</param>
    /// <param name="defaultTemperature">Likewise for temperature.</param>
    public static IStrategy Create(ComponentSpec spec, int? defaultN = null, double? defaultTemperature = null)
    {
        switch (spec.Name)
        {
            case "greedy":
                spec.RequireKnown();
                return new GreedyStrategy();
            case "sample":
                spec.RequireKnown("n", "temperature", "top_p");
                var n = spec.GetInt("n", defaultN ?? 8);
                if (n < 1) throw new FormatException($"sample: n must be at least 1, got {n}");
                return new SampleStrategy(n, spec.GetDouble("temperature", defaultTemperature ?? 0.8), spec.GetDouble("top_p", 1.0));
            default:
                throw new ArgumentException($"unknown strategy '{spec.Name}'{DidYouMean.Suggest(spec.Name, Names)}; known: {string.Join(", ", Names)}");
        }
    }
}
