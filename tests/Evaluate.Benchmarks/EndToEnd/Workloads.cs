using System.Globalization;
using System.Text.Json;

namespace Evaluate.Benchmarks.EndToEnd;

/// <summary>The inputs bench-e2e writes into its work directory: a custom suite, a pairs file, a replay file.</summary>
public static class Workloads
{
    /// <summary>A custom suite of <paramref name="problems"/> GSM8K-style problems (gold 72, as the fixed model answers).</summary>
    public static string Suite(string directory, int problems)
    {
        using (var rows = new StreamWriter(Path.Combine(directory, "bench.jsonl")))
            for (var i = 0; i < problems; i++)
                rows.WriteLine(JsonSerializer.Serialize(new { id = $"b{i}", question = $"Problem {i}: 12 boxes hold 8 items each and 24 are sold. How many are left?", answer = i % 4 == 0 ? "71" : "72" }));
        var suite = Path.Combine(directory, "bench.yaml");
        File.WriteAllText(suite, """
            name: bench
            version: "1"
            source: bench.jsonl
            fields:
              id: id
              problem: question
              answer: answer
            prompt: |
              Solve the problem; end with "#### N".

              Question: {problem}
            grader: numeric
            extract: flexible
            """);
        return suite;
    }

    public static string Pairs(string directory, int lines)
    {
        var path = Path.Combine(directory, "pairs.jsonl");
        using var writer = new StreamWriter(path);
        for (var i = 0; i < lines; i++)
        {
            var gold = (i % 97) + 1;
            writer.WriteLine(JsonSerializer.Serialize(new { id = $"p{i}", gold = gold.ToString(CultureInfo.InvariantCulture), response = MathLengthText.Response(i, i % 8, gold) }));
        }
        return path;
    }

    /// <summary>A replay file of <paramref name="responses"/> responses, 8 per problem, each problem carrying its own text and gold.</summary>
    public static string Replay(string directory, int responses)
    {
        var path = Path.Combine(directory, "replay.jsonl");
        using var writer = new StreamWriter(path);
        for (var p = 0; p * 8 < responses; p++)
        {
            var count = Math.Min(8, responses - p * 8);
            var gold = (p % 97) + 1;
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                id = $"r{p}", problem = $"Solve problem {p}.", gold = gold.ToString(CultureInfo.InvariantCulture),
                responses = Enumerable.Range(0, count).Select(s => MathLengthText.Response(p, s, gold)).ToArray(),
            }));
        }
        return path;
    }
}
