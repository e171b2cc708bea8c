using Evaluate.Core.Metrics;
using Evaluate.Core.Running;

namespace Evaluate.Reports.Charts;

/// <summary>
/// Each cell's per-sample completion and reasoning tokens, read from a run's samples.jsonl through the compact facts
/// line (no response text is materialised). The summary holds only the length figures; a histogram needs every sample.
/// </summary>
public sealed class SampleLengths
{
    private readonly Dictionary<(string Model, string Suite, string Strategy), (List<int> Completion, List<int> Reasoning)> _cells = [];

    /// <summary>The run's samples, or none when the directory holds no samples.jsonl (a summary read on its own).</summary>
    public static SampleLengths Read(ReportRun run)
    {
        var lengths = new SampleLengths();
        if (run.Directory.Length == 0) return lengths;
        var path = new ResultFiles(run.Directory).Samples;
        if (!File.Exists(path)) return lengths;
        foreach (var sample in ResultFiles.ReadLines<SampleFactsLine>(path))
        {
            var key = (sample.Model, sample.Suite, sample.Strategy);
            if (!lengths._cells.TryGetValue(key, out var cell)) lengths._cells[key] = cell = ([], []);
            cell.Completion.Add(sample.CompletionTokens);
            cell.Reasoning.Add(sample.ReasoningTokens);
        }
        return lengths;
    }

    public IReadOnlyList<int> Completion(CellSummary cell) => _cells.TryGetValue((cell.Model, cell.Suite, cell.Strategy), out var c) ? c.Completion : [];

    public IReadOnlyList<int> Reasoning(CellSummary cell) => _cells.TryGetValue((cell.Model, cell.Suite, cell.Strategy), out var c) ? c.Reasoning : [];
}
