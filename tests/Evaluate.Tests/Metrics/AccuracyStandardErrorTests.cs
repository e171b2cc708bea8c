using Evaluate.Core.Metrics;

namespace Evaluate.Tests.Metrics;

/// <summary>accuracy_se and its sampling and across-problem parts on small tables worked out by hand.</summary>
public sealed class AccuracyStandardErrorTests
{
    [Test]
    public void Several_samples_per_problem_split_into_sampling_and_problem_parts()
    {
        // Three problems, 4 samples each, 1, 2 and 4 correct: scores 1/4, 1/2, 1 (mean 7/12).
        // total² = Σ(s − s̄)² / (P − 1) / P = ((4² + 1² + 5²)/144) / 2 / 3 = 7/144.
        // sampling² = Σ p(1 − p)/(n − 1) / P² = (3/16/3 + 1/4/3 + 0) / 9 = 7/432; problems² = 7/144 − 7/432 = 7/216.
        var parts = AccuracyStandardError.Of([(0.25, 4, 1, false), (0.5, 4, 2, false), (1.0, 4, 4, false)]);
        Assert.Multiple(() =>
        {
            Assert.That(parts.Total, Is.EqualTo(Math.Sqrt(7.0 / 144)).Within(1e-12));
            Assert.That(parts.Sampling, Is.EqualTo(Math.Sqrt(7.0 / 432)).Within(1e-12));
            Assert.That(parts.Problems, Is.EqualTo(Math.Sqrt(7.0 / 216)).Within(1e-12));
        });
    }

    [Test]
    public void One_sample_per_problem_has_no_sampling_part()
    {
        // Scores 1, 0, 1, 1: mean 3/4, Σ(s − s̄)² = 3/16 + 9/16 = 3/4, total² = 3/4 / 3 / 4 = 1/16.
        var parts = AccuracyStandardError.Of([(1.0, 1, 1, true), (0.0, 1, 0, true), (1.0, 1, 1, true), (1.0, 1, 1, true)]);
        Assert.Multiple(() =>
        {
            Assert.That(parts.Total, Is.EqualTo(0.25).Within(1e-12));
            Assert.That(parts.Sampling, Is.EqualTo(0.0));
            Assert.That(parts.Problems, Is.EqualTo(0.25).Within(1e-12));
        });
    }

    [Test]
    public void A_vote_among_several_samples_has_a_total_but_no_sampling_estimate()
    {
        var parts = AccuracyStandardError.Of([(1.0, 4, 3, true), (0.0, 4, 1, true)]);
        Assert.That(parts.Total, Is.EqualTo(0.5).Within(1e-12));   // Σ(s − s̄)² = 1/2, / 1 / 2 = 1/4
        Assert.That(parts.Sampling, Is.Null);
        Assert.That(parts.Problems, Is.Null);
    }

    [Test]
    public void One_problem_has_no_standard_error() =>
        Assert.That(AccuracyStandardError.Of([(0.5, 4, 2, false)]), Is.EqualTo(new AccuracyStandardError.Parts(null, null, null)));

    [Test]
    public void A_cell_writes_them_beside_accuracy_and_readers_show_accuracy_plus_minus_its_error()
    {
        var metrics = CellMetrics.Compute([Records.Problem("a", 0.25), Records.Problem("b", 0.5), Records.Problem("c", 1.0)],
            [.. Records.Samples("a", true, false, false, false), .. Records.Samples("b", true, true, false, false), .. Records.Samples("c", true, true, true, true)]);
        Assert.That(metrics.Keys.SkipWhile(k => k != "accuracy").Take(6),
            Is.EqualTo(new[] { "accuracy", "accuracy_ci95", "accuracy_se", "accuracy_se_sampling", "accuracy_se_problems", "accuracy_untruncated" }));
        Assert.That((double)metrics["accuracy_se"]!, Is.EqualTo(Math.Sqrt(7.0 / 144)).Within(1e-12));
        Assert.That((double)metrics["accuracy_se_sampling"]!, Is.EqualTo(Math.Sqrt(7.0 / 432)).Within(1e-12));

        var table = Evaluate.Core.Metrics.Table.ResultTable.For(MetricCatalog.Default, MetricReaders.Headline, [metrics]);
        var accuracy = table.Row(metrics)[table.Headers.ToList().IndexOf("accuracy ± SE (95% CI)")];
        // 58.3% ± 100·√(7/144) = 22.0 points, then the bootstrap interval.
        Assert.That(accuracy, Does.StartWith("58.3% ± 22.0 ["));
    }
}
