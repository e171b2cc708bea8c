using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace Evaluate.Core.Sharding;

/// <summary>
/// Part <see cref="Index"/> of <see cref="Count"/> (0-based) of every cell's problems. A problem belongs to the shard
/// its id hashes to (SHA-256, the same in every process and on every machine), so what a shard runs depends only on
/// the problem ids and the count: not on the other shards, on ordering or on concurrency.
/// </summary>
public sealed record Shard(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("count")] int Count)
{
    public bool Contains(string problemId) => Of(problemId, Count) == Index;

    /// <summary>The shard of <paramref name="count"/> a problem id belongs to.</summary>
    public static int Of(string problemId, int count)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(problemId));
        return (int)(BitConverter.ToUInt64(hash, 0) % (ulong)count);
    }

    /// <summary>Parses <c>I/N</c> (0 ≤ I &lt; N); anything else is a usage error naming <c>--shard</c>.</summary>
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            return Checked(index, count, $"--shard {text}");
        throw new UsageException($"--shard takes I/N (0-based index I of N shards, e.g. 0/4) or auto, got '{text}'");
    }

    /// <summary>A shard with its range checked; <paramref name="source"/> names where the values came from.</summary>
    public static Shard Checked(int index, int count, string source)
    {
        if (count < 1) throw new UsageException($"{source}: the shard count must be at least 1, got {count}");
        if (index < 0 || index >= count) throw new UsageException($"{source}: the shard index must be 0 to {count - 1} (0-based), got {index}");
        return new Shard(index, count);
    }

    public override string ToString() => $"{Index}/{Count}";
}
