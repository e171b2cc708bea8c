using Evaluate.Core.Collections;
using Evaluate.Core.Metrics;

namespace Evaluate.Core.Running;

/// <summary>
/// A finished (or interrupted) run as read back from its directory for summarising: the problem records, and per
/// cell the samples as compact <see cref="SampleFacts"/> in canonical order (by problem, then sample). No response
/// text or per-round detail is kept, and repeating strings are shared, so a million-sample run is summarised in
/// about 90 bytes per sample (issue 12; docs/performance.md).
/// </summary>
public sealed record RunResult(
    RunManifest Manifest, IReadOnlyList<ProblemRecord> Problems, IReadOnlyDictionary<RunKey, IReadOnlyList<SampleFacts>> Samples, bool Complete)
{
    /// <summary>The samples of one cell, in canonical order (empty when it has none).</summary>
    public IReadOnlyList<SampleFacts> SamplesOf(RunKey key) => Samples.GetValueOrDefault(key) ?? [];

    public static RunResult Read(ResultFiles files, RunManifest manifest, bool complete)
    {
        var pool = new FactsPool();
        var problems = ResultFiles.ReadLines<ProblemRecord>(files.Problems).Select(p => p with
        {
            Run = pool.Shared(p.Run), Model = pool.Shared(p.Model), Suite = pool.Shared(p.Suite), Strategy = pool.Shared(p.Strategy),
            ProblemId = pool.Shared(p.ProblemId), Level = pool.SharedOrNull(p.Level), Subject = pool.SharedOrNull(p.Subject),
        }).ToList();
        var cells = new Dictionary<RunKey, ChunkedList<SampleFacts>>();
        foreach (var sample in ResultFiles.ReadLines<SampleFactsLine>(files.Samples))
        {
            var key = sample.Key;
            if (!cells.TryGetValue(key, out var facts)) cells[key] = facts = [];
            facts.Add(SampleFacts.Of(sample, pool));
        }
        return new RunResult(manifest, problems, cells.ToDictionary(c => c.Key, c => Canonical(c.Value)), complete);
    }

    /// <summary>
    /// The samples by problem, then sample, ties in file order (a stable sort). Files the run wrote are in this order
    /// already; resumed, merged or shuffled ones may not be.
    /// </summary>
    private static IReadOnlyList<SampleFacts> Canonical(ChunkedList<SampleFacts> facts)
    {
        var sorted = true;
        for (var i = 1; i < facts.Count && sorted; i++) sorted = SampleFacts.CompareCanonical(facts[i - 1], facts[i]) <= 0;
        if (sorted) return facts;
        var items = facts.ToArray();
        var keys = new (int Problem, int Sample, int Position)[items.Length];
        for (var i = 0; i < items.Length; i++) keys[i] = (items[i].ProblemIndex, items[i].SampleIndex, i);
        // Keys are unique (the position breaks ties), so the unstable sort orders exactly as a stable one would.
        Array.Sort(keys, items);
        return items;
    }
}
