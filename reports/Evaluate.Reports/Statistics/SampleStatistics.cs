namespace Evaluate.Reports.Statistics;

/// <summary>Means and spreads of plain value lists.</summary>
public static class SampleStatistics
{
    /// <summary>The sample standard deviation (n − 1 in the denominator); 0 for fewer than two values.</summary>
    public static double StandardDeviation(IReadOnlyList<double> values)
    {
        if (values.Count < 2) return 0;
        var mean = values.Average();
        var sum = 0.0;
        foreach (var v in values) sum += (v - mean) * (v - mean);
        return Math.Sqrt(sum / (values.Count - 1));
    }
}
