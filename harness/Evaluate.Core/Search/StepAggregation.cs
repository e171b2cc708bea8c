namespace Evaluate.Core.Search;

/// <summary>How per-step PRM scores combine into one path score (Snell et al. 2024 compare these).</summary>
public enum StepAggregation { Min, Product, Last }

public static class StepAggregations
{
    public static StepAggregation Parse(string text) => text switch
    {
        "min" => StepAggregation.Min,
        "product" or "prod" => StepAggregation.Product,
        "last" => StepAggregation.Last,
        _ => throw new FormatException($"aggregate must be min, product or last, got '{text}'"),
    };

    /// <summary>The path score; 0 for a path with no scored step.</summary>
    public static double Aggregate(this StepAggregation aggregation, IReadOnlyList<double> scores)
    {
        if (scores.Count == 0) return 0;
        return aggregation switch
        {
            StepAggregation.Min => scores.Min(),
            StepAggregation.Product => scores.Aggregate(1.0, (a, s) => a * s),
            _ => scores[^1],
        };
    }

    public static string Name(this StepAggregation aggregation) => aggregation.ToString().ToLowerInvariant();
}
