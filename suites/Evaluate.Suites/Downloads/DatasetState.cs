namespace Evaluate.Suites.Downloads;

/// <summary>What `datasets verify` found for one source.</summary>
public enum DatasetState
{
    /// <summary>Present and its SHA-256 matches the pinned (or locked) one.</summary>
    Valid,
    Missing,
    /// <summary>Present but its SHA-256 differs: tampered, truncated or a different version. Not to be used.</summary>
    Mismatch,
    /// <summary>Present, but there is no pinned or locked hash to check it against.</summary>
    Unpinned,
}
