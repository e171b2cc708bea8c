namespace Evaluate.Suites.Downloads;

/// <summary>Caps on what an archive may expand to, so a hostile or corrupt archive cannot fill the disk.</summary>
public sealed record ArchiveLimits(int MaxEntries = 100_000, long MaxTotalBytes = 1L << 30)
{
    public static ArchiveLimits Default { get; } = new();
}
