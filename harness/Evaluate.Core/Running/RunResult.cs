namespace Evaluate.Core.Running;

/// <summary>
/// A finished (or interrupted) run as read back from its directory: the one immutable object every writer reads.
/// </summary>
public sealed record RunResult(RunManifest Manifest, IReadOnlyList<ProblemRecord> Problems, IReadOnlyList<SampleRecord> Samples, bool Complete)
{
    /// <param name="withText">
    /// Keep response and reasoning text and per-round details. Metrics need none of them, and leaving them out keeps a
    /// million-sample run summarisable in a few hundred megabytes (see docs/data.md).
    /// </param>
    public static RunResult Read(ResultFiles files, RunManifest manifest, bool complete, bool withText = true)
    {
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        var markerPool = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        var samples = ResultFiles.ReadLines<SampleRecord>(files.Samples);
        return new RunResult(
            manifest,
            ResultFiles.ReadLines<ProblemRecord>(files.Problems).ToList(),
            (withText ? samples : samples.Select(s => WithoutText(s, pool, markerPool))).ToList(),
            complete);
    }

    /// <summary>Drops the bulky text and shares the strings that repeat on every line (names, ids, reasons).</summary>
    private static SampleRecord WithoutText(
        SampleRecord sample, Dictionary<string, string> pool, Dictionary<string, IReadOnlyDictionary<string, int>> markerPool) => sample with
    {
        Run = Shared(sample.Run, pool)!, Model = Shared(sample.Model, pool)!, Suite = Shared(sample.Suite, pool)!,
        Strategy = Shared(sample.Strategy, pool)!, ProblemId = Shared(sample.ProblemId, pool)!,
        Level = Shared(sample.Level, pool), Subject = Shared(sample.Subject, pool), Gold = Shared(sample.Gold, pool)!,
        Reason = Shared(sample.Reason, pool)!, TokenSource = Shared(sample.TokenSource, pool)!,
        FinishReason = Shared(sample.FinishReason, pool),
        Response = "", Reasoning = null,
        Extracted = sample.Extracted is null ? null : "",
        Analysis = sample.Analysis is null ? null : sample.Analysis with { RoundDetails = [], Markers = SharedMarkers(sample.Analysis.Markers, markerPool) },
    };

    /// <summary>Marker counts repeat across samples (mostly zeros): equal tables share one instance.</summary>
    private static IReadOnlyDictionary<string, int> SharedMarkers(IReadOnlyDictionary<string, int> markers, Dictionary<string, IReadOnlyDictionary<string, int>> pool)
    {
        var key = string.Join(',', markers.Select(m => $"{m.Key}={m.Value}"));
        if (pool.TryGetValue(key, out var shared)) return shared;
        if (pool.Count < 100_000) pool[key] = markers;
        return markers;
    }

    private static string? Shared(string? value, Dictionary<string, string> pool)
    {
        if (value is null) return null;
        if (pool.TryGetValue(value, out var shared)) return shared;
        // Only short, repeating values are pooled; a pool of every distinct long string would itself grow.
        if (value.Length <= 256 && pool.Count < 1_000_000) pool[value] = value;
        return value;
    }
}
