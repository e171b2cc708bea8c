using System.Text.Json.Serialization;
using Evaluate.Core.Metrics;

namespace Evaluate.Reports.Comparison;

/// <summary>One metric of one cell pair, over the problems both runs have.</summary>
/// <param name="Test">"mcnemar" (exact, discordant problems; one 0/1 outcome per problem), "sign-flip-exact" or
/// "sign-flip-mc" (paired permutation test on per-problem differences, enumerated or 40,000 seeded resamples); see
/// <see cref="PairedTest"/>.</param>
/// <param name="Low">Lower end of the paired bootstrap's 95% interval of the delta (the bootstrap gives the interval only).</param>
/// <param name="Mde">Minimal detectable effect at this size (power 0.8, the α given, uncorrected), planned from the
/// baseline (<see cref="MetricPower"/>).</param>
public sealed record MetricComparison(
    [property: JsonPropertyName("metric")] string Metric,
    [property: JsonPropertyName("direction"), JsonConverter(typeof(JsonStringEnumConverter<MetricDirection>))] MetricDirection Direction,
    [property: JsonPropertyName("problems")] int Problems,
    [property: JsonPropertyName("baseline")] double Baseline,
    [property: JsonPropertyName("candidate")] double Candidate,
    [property: JsonPropertyName("delta")] double Delta,
    [property: JsonPropertyName("delta_low")] double Low,
    [property: JsonPropertyName("delta_high")] double High,
    [property: JsonPropertyName("p_value")] double PValue,
    [property: JsonPropertyName("test")] string Test,
    [property: JsonPropertyName("alpha")] double Alpha,
    [property: JsonPropertyName("mde")] double? Mde)
{
    /// <summary>The per-problem values behind the figures (not written to compare.json): the gate re-tests and lists problems from them.</summary>
    [JsonIgnore] public PairedValues? Values { get; init; }

    /// <summary>How much worse the candidate is, in the metric's units (negative: better); 0 for neutral metrics.</summary>
    public double Worsening => Direction switch
    {
        MetricDirection.HigherIsBetter => -Delta,
        MetricDirection.LowerIsBetter => Delta,
        _ => 0,
    };

    /// <summary><see cref="Worsening"/> relative to the baseline value (null when the baseline is 0).</summary>
    public double? RelativeWorsening => Baseline == 0 ? null : Worsening / Math.Abs(Baseline);
}
