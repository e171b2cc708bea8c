using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Evaluate.Tests.Performance;

/// <summary>
/// Deterministic replay and grade inputs for <see cref="GoldenOutputTests"/>: MATH-like responses that state several
/// answers, hesitate ("Wait", "let me double-check"), carry LaTeX and escapes, so tokenising, the response analyser
/// and the JSON reader and writer all see their awkward cases.
/// </summary>
public static class GoldenInputs
{
    private static readonly string[] Fillers =
    [
        "First, expand $(x+1)^2 = x^2 + 2x + 1$ and collect the terms.",
        "Wait, let me double-check the sign: \"-\" times \"-\" is \"+\".",
        "Hmm, alternatively we can substitute $y = \\frac{x}{2}$ and solve again.",
        "Let me verify with a table:\n| x | f(x) |\n|---|---|\n| 1 | 4 |",
        "Tab\tseparated\u00a0and unicode: π ≈ 3.14159, √2, ∑ᵢ aᵢ — done.",
    ];

    public static string ReplayLines(int problems)
    {
        var text = new StringBuilder();
        for (var p = 0; p < problems; p++)
        {
            var gold = p * 3 + 1;
            var responses = Enumerable.Range(0, 4).Select(s => Response(p, s, gold)).ToArray();
            var line = new Dictionary<string, object>
            {
                ["id"] = $"g{p}", ["problem"] = $"Compute {p} * 3 + 1.", ["gold"] = gold.ToString(CultureInfo.InvariantCulture), ["responses"] = responses,
            };
            if (p % 5 == 0) line["tokens"] = responses.Select((_, s) => 100 + s).ToArray();
            if (p % 7 == 0) line["scores"] = responses.Select((_, s) => (object)(0.25 * s)).ToArray();
            text.Append(JsonSerializer.Serialize(line)).Append('\n');
        }
        return text.ToString();
    }

    public static string PairLines(int pairs)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pairs; i++)
        {
            var gold = i % 3 == 0 ? $"\\frac{{{i}}}{{2}}" : (i * 7).ToString(CultureInfo.InvariantCulture);
            var response = Response(i, i % 4, i % 5 == 0 ? -1 : i * 7);
            if (i % 3 == 0) response += $" Therefore \\boxed{{{i / 2.0:0.###}}}.";
            text.Append(JsonSerializer.Serialize(new { id = $"p{i}", gold, response })).Append('\n');
        }
        return text.ToString();
    }

    private static string Response(int problem, int sample, int gold)
    {
        var text = new StringBuilder();
        for (var r = 0; r <= (problem + sample) % 4; r++)
        {
            text.Append(Fillers[(problem + sample + r) % Fillers.Length]).Append('\n');
            var answer = (r + sample) % 3 == 0 ? gold : gold + r + 1;
            text.Append(CultureInfo.InvariantCulture, $"So the answer is \\boxed{{{answer}}}.\n\n");
        }
        return text.ToString();
    }
}
