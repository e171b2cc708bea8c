namespace Evaluate.Reports.Statistics;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014): a tiny, fast generator whose output for a seed is fixed by its definition,
/// not by a runtime's <see cref="Random"/> implementation, so a seeded permutation test gives the same p on every
/// machine and .NET version. One 64-bit word yields 64 sign flips.
/// </summary>
public struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
