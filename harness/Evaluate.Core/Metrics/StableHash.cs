namespace Evaluate.Core.Metrics;

/// <summary>FNV-1a over UTF-16 code units: a hash that is the same in every process (string.GetHashCode is not).</summary>
public static class StableHash
{
    public static ulong Of(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var ch in text)
        {
            hash ^= ch;
            hash *= 1099511628211UL;
        }
        return hash;
    }

    public static int Int32Of(string text) => (int)(Of(text) & 0x7FFFFFFF);
}
