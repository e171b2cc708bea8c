namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>
/// Accuracy over the samples not cut at the token limit, scored as accuracy is: a problem whose strategy selected an
/// answer scores that answer when it was not truncated; otherwise a problem scores its share of correct samples among the
/// untruncated ones. Problems left with nothing to score (the selected answer, or every sample, truncated) are left out.
/// Beside accuracy it says how much of the error is the token limit's (a truncated response rarely states its answer).
/// </summary>
public sealed class UntruncatedAccuracyMetric : IMetric
{
    public static readonly MetricDescriptor Untruncated = new("accuracy_untruncated", MetricDirection.HigherIsBetter, MetricKind.Proportion,
        "accuracy over the samples not cut at the token limit (problems with none left out)");

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [Untruncated];

    public void Compute(CellFacts cell, MetricSink sink)
    {
        var scores = cell.Scored.Select((p, i) => Score(p.SelectedIndex, [.. cell.ScoredSamples[i].Select(s => cell.Samples[s])]))
            .Where(s => s is not null).Select(s => s!.Value).ToList();
        sink.Add(Untruncated, scores.Count == 0 ? null : scores.Average());
    }

    /// <summary>One problem's score without its truncated samples, or null when none is left to score.</summary>
    public static double? Score(int? selectedIndex, IReadOnlyList<SampleFacts> samples)
    {
        // As the grader scores a problem: the selected sample when there is one, else the share of correct samples.
        foreach (var chosen in samples)
            if (chosen.SampleIndex == selectedIndex) return chosen.Truncated ? null : chosen.Correct ? 1.0 : 0.0;
        var kept = samples.Where(s => !s.Truncated).ToList();
        return kept.Count == 0 ? null : kept.Count(s => s.Correct) / (double)kept.Count;
    }
}
