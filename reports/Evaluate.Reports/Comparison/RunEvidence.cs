using Evaluate.Core.Metrics;
using Evaluate.Core.Results;
using Evaluate.Core.Running;

namespace Evaluate.Reports.Comparison;

/// <summary>A run read for comparison: its manifest, summary and every cell's per-problem evidence.</summary>
public sealed record RunEvidence(string Path, RunManifest Manifest, RunSummary Summary, IReadOnlyList<CellEvidence> Cells)
{
    /// <summary>Reads a run directory: problems.jsonl then samples.jsonl, both streamed and reduced as they pass.</summary>
    public static RunEvidence Read(string path)
    {
        var run = RunDirectory.Open(path);
        var manifest = run.ReadManifest();
        var summary = run.ReadSummary();
        var builders = new Dictionary<RunKey, Dictionary<string, EvidenceBuilder>>();
        foreach (var p in run.Problems())
        {
            var key = new RunKey(p.Model, p.Suite, p.Strategy);
            if (!builders.TryGetValue(key, out var cell)) builders[key] = cell = new(StringComparer.Ordinal);
            cell[p.ProblemId] = new EvidenceBuilder(p);
        }
        foreach (var s in run.Samples())
            if (builders.TryGetValue(new RunKey(s.Model, s.Suite, s.Strategy), out var cell) && cell.TryGetValue(s.ProblemId, out var builder))
                builder.Add(s);

        var cells = new List<CellEvidence>();
        foreach (var cellManifest in manifest.Cells)
        {
            var key = cellManifest.Key;
            var problems = builders.TryGetValue(key, out var cell)
                ? cell.ToDictionary(e => e.Key, e => e.Value.Build(), StringComparer.Ordinal)
                : new Dictionary<string, ProblemEvidence>(StringComparer.Ordinal);
            cells.Add(new CellEvidence(key, cellManifest.Model.Label, cellManifest.SuiteVersion, problems));
        }
        return new RunEvidence(System.IO.Path.GetFullPath(path), manifest, summary, cells);
    }

    private sealed class EvidenceBuilder(ProblemRecord problem)
    {
        private readonly List<(int Index, int Class, bool Correct, double? Outcome, double? Process)> _samples = [];

        public void Add(SampleRecord s) =>
            _samples.Add((s.SampleIndex, s.AnswerClass, s.Correct, s.Analysis?.OutcomeEfficiency, s.Analysis?.ProcessEfficiency));

        public ProblemEvidence Build()
        {
            var ordered = _samples.OrderBy(s => s.Index).ToList();
            return new ProblemEvidence(
                problem.ProblemId, problem.ProblemIndex, problem.Level, problem.Error is null ? problem.Score : 0.0, problem.Error is not null,
                problem.CompletionTokens, problem.PromptTokens + problem.CompletionTokens + problem.RewardTokens, problem.ModelCalls,
                ordered.Select(s => s.Class).ToArray(), ordered.Select(s => s.Correct).ToArray(),
                ordered.Where(s => s.Outcome is not null).Select(s => s.Outcome!.Value).ToArray(),
                ordered.Where(s => s.Process is not null).Select(s => s.Process!.Value).ToArray());
        }
    }
}
