using Evaluate.Reports.Statistics;

namespace Evaluate.Tests.Reports;

/// <summary>Holm's step-down and Bonferroni over a family of p-values, against values worked out by hand.</summary>
public sealed class FamilyWiseAdjustmentTests
{
    // m = 4 at α = 0.05. Sorted: 0.005 (#3), 0.01 (#0), 0.03 (#2), 0.04 (#1). Holm compares them with α/4 = 0.0125,
    // α/3 = 0.0167, α/2 = 0.025, α/1 = 0.05: 0.005 and 0.01 are rejected, 0.03 ≥ 0.025 stops the procedure, so 0.04 is
    // retained although 0.04 < 0.05 (the step-down stops at the first non-rejection).
    private static readonly double[] P = [0.01, 0.04, 0.03, 0.005];

    [Test]
    public void Holm_step_down_rejects_in_order_and_stops_at_the_first_non_rejection() =>
        Assert.That(FamilyWiseAdjustment.HolmStepDown(P, 0.05), Is.EqualTo(new[] { true, false, false, true }));

    [Test]
    public void Holm_adjusted_p_values_are_the_running_maximum_of_the_scaled_sorted_p_values()
    {
        // 4·0.005 = 0.02; max(0.02, 3·0.01) = 0.03; max(0.03, 2·0.03) = 0.06; max(0.06, 1·0.04) = 0.06.
        var adjusted = FamilyWiseAdjustment.Adjust(P, MultipleTestCorrection.Holm);
        Assert.That(adjusted, Is.EqualTo(new[] { 0.03, 0.06, 0.06, 0.02 }).Within(1e-12));
    }

    [Test]
    public void Bonferroni_multiplies_by_the_family_size_and_none_leaves_p_alone()
    {
        Assert.That(FamilyWiseAdjustment.Adjust(P, MultipleTestCorrection.Bonferroni), Is.EqualTo(new[] { 0.04, 0.16, 0.12, 0.02 }).Within(1e-12));
        Assert.That(FamilyWiseAdjustment.Adjust(P, MultipleTestCorrection.None), Is.EqualTo(P));
        Assert.That(FamilyWiseAdjustment.Adjust([0.5, 0.9], MultipleTestCorrection.Bonferroni), Is.EqualTo(new[] { 1.0, 1.0 }));
    }

    [Test]
    public void Adjusted_holm_p_values_reject_exactly_what_the_step_down_rejects()
    {
        var random = new Random(11);
        for (var family = 0; family < 200; family++)
        {
            var p = Enumerable.Range(0, 1 + random.Next(20)).Select(_ => Math.Pow(random.NextDouble(), 3)).ToArray();
            var adjusted = FamilyWiseAdjustment.Adjust(p, MultipleTestCorrection.Holm);
            Assert.That(adjusted.Select(a => a < 0.05), Is.EqualTo(FamilyWiseAdjustment.HolmStepDown(p, 0.05)), string.Join(", ", p));
        }
    }

    [Test]
    public void Holm_is_never_stricter_than_bonferroni()
    {
        var holm = FamilyWiseAdjustment.Adjust(P, MultipleTestCorrection.Holm);
        var bonferroni = FamilyWiseAdjustment.Adjust(P, MultipleTestCorrection.Bonferroni);
        for (var i = 0; i < P.Length; i++) Assert.That(holm[i], Is.LessThanOrEqualTo(bonferroni[i]));
    }
}
