using Evaluate.Reports.Calibration;

namespace Evaluate.Tests.Reports;

/// <summary>The Clopper-Pearson interval `gate calibrate` prints, against closed forms and published values.</summary>
public sealed class BinomialIntervalTests
{
    [Test]
    public void Zero_and_all_successes_have_closed_forms()
    {
        // x = 0: high = 1 - (α/2)^(1/n); x = n: low = (α/2)^(1/n).
        var none = BinomialInterval.ClopperPearson(0, 10);
        Assert.That(none.Low, Is.Zero);
        Assert.That(none.High, Is.EqualTo(1 - Math.Pow(0.025, 0.1)).Within(1e-9));
        var all = BinomialInterval.ClopperPearson(10, 10);
        Assert.That(all.Low, Is.EqualTo(Math.Pow(0.025, 0.1)).Within(1e-9));
        Assert.That(all.High, Is.EqualTo(1));
    }

    [TestCase(5, 10, 0.187086, 0.812914)]
    [TestCase(1, 20, 0.001265, 0.248733)]
    [TestCase(11, 120, 0.046652, 0.158099)]
    public void Interior_counts_match_published_values(int successes, int trials, double low, double high)
    {
        var interval = BinomialInterval.ClopperPearson(successes, trials);
        Assert.That(interval.Low, Is.EqualTo(low).Within(5e-6));
        Assert.That(interval.High, Is.EqualTo(high).Within(5e-6));
        Assert.That(interval.Rate, Is.EqualTo((double)successes / trials));
        Assert.That(interval.Method, Is.EqualTo("clopper-pearson"));
    }

    [Test]
    public void A_count_outside_the_trials_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BinomialInterval.ClopperPearson(3, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => BinomialInterval.ClopperPearson(0, 0));
    }
}
