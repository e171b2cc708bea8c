using System.Text.Json;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Replay;

/// <summary>Runs the `replay` verb on a replay file written by the test and reads back the first cell's metrics.</summary>
internal static class ReplayRuns
{
    public static async Task<(int Code, string Error, string Work)> RunAsync(string replayJsonl, params string[] args)
    {
        var work = TestRuns.NewDirectory();
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "replay.jsonl"), replayJsonl);
        var (code, output, error) = await InProcessCli.RunAsync(["replay", "--input", Path.Combine(work, "replay.jsonl"), "--out", Path.Combine(work, "out"), .. args]);
        return (code, error + output, work);
    }

    public static JsonElement Metrics(string work)
    {
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "out", "summary.json")));
        return summary.RootElement.GetProperty("results")[0].GetProperty("metrics").Clone();
    }

    public static List<JsonElement> Samples(string work) =>
        File.ReadLines(Path.Combine(work, "out", "samples.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    public static string Line(object record) => JsonSerializer.Serialize(record) + "\n";
}
