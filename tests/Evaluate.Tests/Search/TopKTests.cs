using Evaluate.Core.Search;

namespace Evaluate.Tests.Search;

public sealed class TopKTests
{
    [Test]
    public void Picks_the_highest_scores_best_first_with_ties_to_the_lower_index()
    {
        double[] scores = [0.5, 0.9, 0.5, 0.1, 0.9, 0.7];
        Assert.That(TopK.Indices(scores, 4), Is.EqualTo(new[] { 1, 4, 5, 0 }));
        Assert.That(TopK.Indices(scores, 10), Has.Length.EqualTo(6));
        Assert.That(TopK.Indices(scores, 0), Is.Empty);
    }

    [Test]
    public void Agrees_with_a_stable_sort_on_random_tables()
    {
        var random = new Random(3);
        for (var trial = 0; trial < 200; trial++)
        {
            var scores = Enumerable.Range(0, random.Next(1, 40)).Select(_ => (double)random.Next(8)).ToArray();
            var k = random.Next(0, 10);
            var expected = scores.Select((s, i) => (s, i)).OrderByDescending(x => x.s).ThenBy(x => x.i).Take(k).Select(x => x.i);
            Assert.That(TopK.Indices(scores, k), Is.EqualTo(expected), $"trial {trial}");
        }
    }

    [Test]
    public void Step_aggregations_combine_scores_as_named()
    {
        double[] scores = [0.9, 0.5, 0.8];
        Assert.That(StepAggregation.Min.Aggregate(scores), Is.EqualTo(0.5));
        Assert.That(StepAggregation.Product.Aggregate(scores), Is.EqualTo(0.9 * 0.5 * 0.8).Within(1e-12));
        Assert.That(StepAggregation.Last.Aggregate(scores), Is.EqualTo(0.8));
        Assert.That(StepAggregations.Parse("product"), Is.EqualTo(StepAggregation.Product));
        Assert.That(() => StepAggregations.Parse("mean"), Throws.TypeOf<FormatException>());
    }
}
