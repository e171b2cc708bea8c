namespace Evaluate.Core.Metrics;

/// <summary>Quantiles by linear interpolation between order statistics (the "type 7" rule of R and numpy).</summary>
public static class Quantiles
{
    public static double OfSorted(IReadOnlyList<double> sorted, double q)
    {
        if (sorted.Count == 0) return double.NaN;
        var position = q * (sorted.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }

    public static (double Mean, double Median, double P90) Describe(IEnumerable<double> values)
    {
        var sorted = values.ToArray();
        if (sorted.Length == 0) return (double.NaN, double.NaN, double.NaN);
        Array.Sort(sorted);
        return (sorted.Average(), OfSorted(sorted, 0.5), OfSorted(sorted, 0.9));
    }
}
