using Evaluate.Core.Running;

namespace Evaluate.Reports.Comparison;

/// <summary>
/// What makes two runs incomparable: a dataset file both read with different SHA-256s, or a suite (whose version
/// covers its prompts, extraction and grader) at different versions. Problems the two runs share are only the same
/// problems when these agree.
/// </summary>
public static class ProvenanceCheck
{
    public static IReadOnlyList<string> Differences(RunManifest baseline, RunManifest candidate)
    {
        var differences = new List<string>();
        foreach (var b in baseline.Datasets)
            foreach (var c in candidate.Datasets)
                if (b.Suite == c.Suite && b.File == c.File && !string.Equals(b.Sha256, c.Sha256, StringComparison.OrdinalIgnoreCase))
                    differences.Add($"dataset {b.Suite}/{b.File}: SHA-256 {Short(b.Sha256)} in the baseline, {Short(c.Sha256)} in the candidate");
        var baselineVersions = baseline.Cells.GroupBy(c => c.Suite).ToDictionary(g => g.Key, g => g.First().SuiteVersion);
        foreach (var group in candidate.Cells.GroupBy(c => c.Suite))
            if (baselineVersions.TryGetValue(group.Key, out var version) && version != group.First().SuiteVersion)
                differences.Add($"suite {group.Key}: version {version} in the baseline, {group.First().SuiteVersion} in the candidate (prompts, extraction or grader changed)");
        return differences;
    }

    private static string Short(string sha) => sha.Length > 12 ? sha[..12] + "…" : sha;
}
