namespace Evaluate.Suites.Downloads;

/// <summary>
/// One downloadable dataset: where it comes from upstream (a raw file at a pinned commit, or an archive), where it
/// lands in the data directory, and its expected SHA-256 (null when it could not be pinned yet: see docs/data.md).
/// </summary>
/// <param name="Suite">Suite name that reads it.</param>
/// <param name="RelativePath">Path inside the data directory and inside a mirror (<c>&lt;mirror&gt;/&lt;RelativePath&gt;</c>).</param>
/// <param name="UpstreamUrl">Pinned upstream URL.</param>
/// <param name="Sha256">Expected SHA-256 of the downloaded bytes, lowercase hex; null = not pinned.</param>
/// <param name="ExtractTo">For archives: the folder (relative to the data directory) its verified content is extracted to.</param>
/// <param name="ArchivePrefix">For archives: a leading folder of every entry name that is dropped on extraction.</param>
/// <param name="Optional">Fetched only when asked for by name (large or not needed by the main job).</param>
public sealed record DatasetSource(string Suite, string RelativePath, string UpstreamUrl, string? Sha256, string? ExtractTo = null, string? ArchivePrefix = null, bool Optional = false)
{
    public bool IsArchive => ExtractTo is not null;

    /// <summary>The URL to download from: the upstream one, or the same relative path below a mirror.</summary>
    public Uri Location(Uri? mirror) =>
        mirror is null ? new Uri(UpstreamUrl) : new Uri(mirror, RelativePath);
}
