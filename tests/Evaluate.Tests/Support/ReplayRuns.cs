using System.Text.Json;

namespace Evaluate.Tests.Support;

/// <summary>
/// Run directories built from hand-written outcomes through `evaluate replay` (in process), so compare, gate and report
/// tests read exactly what a real run writes. Problem q{i} asks "What is i+1?" with gold i+1; a correct sample answers
/// it, a wrong one answers i+2.
/// </summary>
public static class ReplayRuns
{
    /// <param name="outcomes">Per problem id, each sample's correctness (and optionally its completion tokens).</param>
    public static async Task<string> CreateAsync(string root, string name, IEnumerable<(string Id, bool[] Correct)> outcomes, Func<string, int, int>? tokens = null, Func<string, int, string>? response = null)
    {
        Directory.CreateDirectory(root);
        var input = Path.Combine(root, name + ".replay.jsonl");
        await using (var writer = new StreamWriter(input))
        {
            foreach (var (id, correct) in outcomes)
            {
                var number = int.Parse(id.TrimStart('q'), System.Globalization.CultureInfo.InvariantCulture);
                var gold = number + 1;
                var responses = correct.Select((c, i) => (response?.Invoke(id, i) ?? "Adding them: ") + $" so the answer is \\boxed{{{(c ? gold : gold + 1)}}}").ToArray();
                var line = new Dictionary<string, object>
                {
                    ["id"] = id, ["problem"] = $"What is {number}+1?", ["gold"] = gold.ToString(System.Globalization.CultureInfo.InvariantCulture), ["responses"] = responses,
                };
                if (tokens is not null) line["tokens"] = correct.Select((_, i) => tokens(id, i)).ToArray();
                await writer.WriteLineAsync(JsonSerializer.Serialize(line));
            }
        }
        var output = Path.Combine(root, name);
        var (code, _, error) = await InProcessCli.RunAsync("replay", "--suite", "probes", "--input", input, "--out", output, "--name", name);
        Assert.That(code, Is.Zero, error);
        return output;
    }

    public static IEnumerable<(string Id, bool[] Correct)> Single(params bool[] correct) =>
        correct.Select((c, i) => ($"q{i + 1}", new[] { c }));
}
