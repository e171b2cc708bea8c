using Evaluate.Core.Results;
using Evaluate.Core.Running;

namespace Evaluate.Core.Sharding;

/// <summary>One shard's output directory as <c>merge</c> reads it: its manifest, its shard and whether it finished.</summary>
public sealed record ShardRun(string Directory, RunManifest Manifest, Shard Shard, bool Complete)
{
    public ResultFiles Files => new(Directory);

    /// <summary>Opens a shard directory; a directory that is no run, or a run made without <c>--shard</c>, is refused.</summary>
    public static ShardRun Open(string directory)
    {
        var run = RunDirectory.Open(directory);
        var manifest = run.ReadManifest();
        var shard = manifest.Shard ?? throw new UsageException($"merge: {directory} is not a shard (it was run without --shard)");
        return new ShardRun(directory, manifest, shard, run.ReadComplete());
    }

    public override string ToString() => $"shard {Shard} ({Directory})";
}
