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
        var pool = new FactsPool();
        foreach (var p in run.Problems())
        {
            var key = new RunKey(p.Model, p.Suite, p.Strategy);
            if (!builders.TryGetValue(key, out var cell)) builders[key] = cell = new(StringComparer.Ordinal);
            cell[p.ProblemId] = new EvidenceBuilder(p);
        }
        foreach (var s in run.Samples())
            if (builders.TryGetValue(new RunKey(s.Model, s.Suite, s.Strategy), out var cell) && cell.TryGetValue(s.ProblemId, out var builder))
                builder.Add(SampleFacts.Of(s, pool));

        var cells = new List<CellEvidence>();
        foreach (var cellManifest in manifest.Cells)
        {
            var key = cellManifest.Key;
            var problems = builders.TryGetValue(key, out var cell)
                ? cell.ToDictionary(e => e.Key, e => e.Value.Build(), StringComparer.Ordinal)
                : new Dictionary<string, ProblemFacts>(StringComparer.Ordinal);
            cells.Add(new CellEvidence(key, cellManifest.Model.Label, cellManifest.SuiteVersion, problems) { StrategyParameters = cellManifest.Strategy.Parameters });
        }
        return new RunEvidence(System.IO.Path.GetFullPath(path), manifest, summary, cells);
    }

    /// <summary>One problem's record and its samples' compact facts (no response text), gathered as the files stream past.</summary>
    private sealed class EvidenceBuilder(ProblemRecord problem)
    {
        private readonly List<SampleFacts> _samples = [];

        public void Add(SampleFacts sample) => _samples.Add(sample);

        public ProblemFacts Build() => new(problem, [.. _samples.OrderBy(s => s.SampleIndex)]);
    }
}
