using Evaluate.Core.Metrics;

namespace Evaluate.Tests.Metrics;

public sealed class MetricCatalogTests
{
    [TestCase("accuracy", MetricDirection.HigherIsBetter, MetricKind.Proportion)]
    [TestCase("pass@8", MetricDirection.HigherIsBetter, MetricKind.Proportion)]
    [TestCase("maj@64_expected", MetricDirection.HigherIsBetter, MetricKind.Proportion)]
    [TestCase("wmaj@2", MetricDirection.HigherIsBetter, MetricKind.Proportion)]
    [TestCase("mean_completion_tokens", MetricDirection.LowerIsBetter, MetricKind.Tokens)]
    [TestCase("mean_tokens_per_problem", MetricDirection.LowerIsBetter, MetricKind.Tokens)]
    [TestCase("errors", MetricDirection.LowerIsBetter, MetricKind.Count)]
    [TestCase("accuracy_ci95", MetricDirection.Neutral, MetricKind.Interval)]
    [TestCase("token_sources", MetricDirection.Neutral, MetricKind.Table)]
    [TestCase("outcome_efficiency", MetricDirection.HigherIsBetter, MetricKind.Proportion)]
    public void Describes_direction_and_kind(string name, MetricDirection direction, MetricKind kind)
    {
        var d = MetricCatalog.Default.Describe(name);
        Assert.That((d.Direction, d.Kind), Is.EqualTo((direction, kind)));
    }

    [TestCase("pass@0")]
    [TestCase("pass@8_expected")]
    [TestCase("accuracyy")]
    [TestCase("maj@")]
    public void Unknown_names_are_not_guessed(string name) => Assert.That(MetricCatalog.Default.Find(name), Is.Null);

    [Test]
    public void Accuracy_names_its_interval_and_the_interval_its_metric()
    {
        Assert.That(MetricCatalog.Default.Describe("accuracy").Ci, Is.EqualTo("accuracy_ci95"));
        Assert.That(MetricCatalog.Default.Describe("accuracy_ci95").IntervalOf, Is.EqualTo("accuracy"));
        Assert.That(MetricCatalog.Default.KOf("maj@16_expected"), Is.EqualTo(16));
    }

    [Test]
    public void Improvement_follows_the_direction()
    {
        Assert.That(MetricCatalog.Default.Describe("accuracy").Improves(0.1), Is.True);
        Assert.That(MetricCatalog.Default.Describe("mean_completion_tokens").Improves(0.1), Is.False);
        Assert.That(MetricCatalog.Default.Describe("mean_completion_tokens").Improves(-3), Is.True);
        Assert.That(MetricCatalog.Default.Describe("problems").Improves(5), Is.False);
    }
}
