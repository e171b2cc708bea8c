using Evaluate.Suites.Downloads;

namespace Evaluate.Suites.MathFull;

/// <summary>The upstream archive behind the full MATH suite (listed in <see cref="DatasetSources"/>).</summary>
public static class MathSource
{
    // The full MATH test set (Hendrycks et al. 2021) ships only as this archive. Its SHA-256 could not be
    // verified from here, so it is unpinned: fetching needs --allow-unpinned, and the first verified download's
    // hash is recorded in datasets.lock (trust on first use; see docs/data.md).
    public static DatasetSource Source { get; } =
        new("math", "math/MATH.tar", "https://people.eecs.berkeley.edu/~hendrycks/MATH.tar", null, ExtractTo: "math", ArchivePrefix: "MATH/", Optional: true);
}
