using Evaluate.Core.Running;

namespace Evaluate.Core.Sharding;

/// <summary>
/// The shards given to <c>merge</c>, checked before anything is written: they share the plan fingerprint, tool
/// version and dataset SHA-256s and the shard count; no shard is given twice; without <c>allowPartial</c> every shard
/// is there and finished. Each refusal is a <see cref="UsageException"/> (exit 2) naming the shard.
/// </summary>
public sealed record ShardSet(IReadOnlyList<ShardRun> Shards, RunManifest Manifest, bool Complete)
{
    public static ShardSet Check(IReadOnlyList<string> directories, bool allowPartial)
    {
        if (directories.Count == 0) throw new UsageException("merge: name the shard directories to merge");
        var shards = directories.Select(ShardRun.Open).ToList();
        var first = shards[0];
        foreach (var other in shards.Skip(1)) Match(first, other);

        foreach (var group in shards.GroupBy(s => s.Shard.Index).Where(g => g.Count() > 1))
            throw new UsageException($"merge: shard {group.First().Shard} is given twice: {string.Join(" and ", group.Select(s => s.Directory))}");
        var count = first.Shard.Count;
        var missing = Enumerable.Range(0, count).Where(i => shards.All(s => s.Shard.Index != i)).Select(i => $"{i}/{count}").ToList();
        var incomplete = shards.Where(s => !s.Complete).ToList();
        if (!allowPartial)
        {
            if (missing.Count > 0)
                throw new UsageException($"merge: shard {string.Join(", ", missing)} is missing (the run has {count} shards; --allow-partial merges what is there)");
            if (incomplete.Count > 0)
                throw new UsageException($"merge: {string.Join(", ", incomplete)} is incomplete: resume it (run … --shard {incomplete[0].Shard} --out {incomplete[0].Directory} --resume), or pass --allow-partial");
        }
        // The merged manifest is the whole run's: the shard is the one field a shard's manifest adds.
        var ordered = shards.OrderBy(s => s.Shard.Index).ToList();
        return new ShardSet(ordered, first.Manifest with { Shard = null }, missing.Count == 0 && incomplete.Count == 0);
    }

    private static void Match(ShardRun first, ShardRun other)
    {
        if (other.Manifest.ToolVersion != first.Manifest.ToolVersion)
            throw new UsageException($"merge: {other} was written by evaluate {other.Manifest.ToolVersion}, {first} by {first.Manifest.ToolVersion}");
        var datasets = first.Manifest.Datasets.ToDictionary(d => d.File, d => d.Sha256);
        foreach (var dataset in other.Manifest.Datasets.Where(d => datasets.GetValueOrDefault(d.File) != d.Sha256))
            throw new UsageException($"merge: {other} read dataset {dataset.File} with SHA-256 {dataset.Sha256}, {first} read {datasets.GetValueOrDefault(dataset.File) ?? "no such file"}");
        if (other.Manifest.Fingerprint != first.Manifest.Fingerprint)
        {
            var changes = other.Manifest.Identity is { } a && first.Manifest.Identity is { } b
                ? ": " + string.Join("; ", new RunIdentity(a).ChangesSince(new RunIdentity(b))) : "";
            throw new UsageException($"merge: {other} is another run than {first} (plan fingerprint differs{changes})");
        }
        if (other.Shard.Count != first.Shard.Count)
            throw new UsageException($"merge: {other} is one of {other.Shard.Count} shards, {first} one of {first.Shard.Count}");
    }
}
