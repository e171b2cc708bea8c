using System.Globalization;
using System.Text.RegularExpressions;

namespace Evaluate.Adapters.Simulated;

/// <summary>
/// A small, fixed set of plausible wrong answers per problem (the first number of the gold answer nudged by an
/// off-by-one, a sign or a factor of two), so that wrong samples collide in majority votes as real models' do.
/// </summary>
public static partial class Distractors
{
    /// <summary>How often each distractor is chosen among wrong answers.</summary>
    public static readonly double[] Weights = [0.5, 0.3, 0.2];

    public static IReadOnlyList<string> For(string gold)
    {
        var match = FirstNumber().Match(gold);
        if (!match.Success) return [$"{gold}+1", $"2{gold}", $"-{gold}"];
        var before = gold[..match.Index];
        var after = gold[(match.Index + match.Length)..];
        if (!decimal.TryParse(match.Value.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            return [$"{gold}+1", $"2{gold}", $"-{gold}"];
        decimal[] variants = value == 0 ? [1, -1, 2] : [value + 1, value * 2, value - 1 == 0 ? value + 2 : value - 1];
        return variants.Select(v => before + v.ToString(CultureInfo.InvariantCulture) + after).ToList();
    }

    public static string Pick(IReadOnlyList<string> distractors, Random random)
    {
        var roll = random.NextDouble();
        for (var i = 0; i < distractors.Count; i++)
        {
            roll -= Weights[Math.Min(i, Weights.Length - 1)];
            if (roll < 0) return distractors[i];
        }
        return distractors[^1];
    }

    [GeneratedRegex(@"\d[\d,]*(\.\d+)?")]
    private static partial Regex FirstNumber();
}
