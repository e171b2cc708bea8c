using System.Collections;
using Evaluate.Core;
using Evaluate.Core.Sharding;

namespace Evaluate.Cli.Commands;

/// <summary>`run --shard I/N | auto [--shard-count N]` to a <see cref="Shard"/> (null: the whole run).</summary>
public static class ShardFlag
{
    public static Shard? Resolve(string? text, int? count, IReadOnlyDictionary<string, string?> environment)
    {
        if (text is null)
        {
            if (count is not null) throw new UsageException("--shard-count is for --shard auto");
            return null;
        }
        if (text.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase)) return ShardEnvironment.Resolve(environment, count);
        if (count is not null) throw new UsageException("--shard-count is for --shard auto (--shard I/N names the count)");
        return Shard.Parse(text.Trim());
    }

    public static IReadOnlyDictionary<string, string?> ProcessEnvironment() =>
        Environment.GetEnvironmentVariables().Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal);
}
