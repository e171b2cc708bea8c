using Evaluate.Core;
using Evaluate.Core.Suites;
using Evaluate.Suites.Data;

namespace Evaluate.Suites.Downloads;

/// <summary>
/// The run-time half of `datasets verify`: the files a run read, checked against the SHA-256 pinned for them (in
/// <see cref="DatasetSources"/>, else recorded in the data directory's lock on first use). The hashes compared are the
/// ones the suites computed while loading (<see cref="DatasetFileInfo.Sha256"/>), so no file is read twice.
/// </summary>
public static class DatasetPins
{
    /// <summary>The files read whose hash differs from their pin; files without a pin are not judged.</summary>
    public static IReadOnlyList<UnverifiedDataset> Mismatches(IEnumerable<DatasetFileInfo> files, DataDirectory data)
    {
        var recorded = new DatasetLock(data.Path);
        var mismatches = new List<UnverifiedDataset>();
        foreach (var file in files.Distinct())
        {
            var source = DatasetSources.All.FirstOrDefault(s => s.Suite == file.Suite && s.RelativePath == file.File);
            if (source is null || string.IsNullOrEmpty(file.Sha256)) continue;
            var pinned = source.Sha256 ?? recorded.Get(source.RelativePath);
            if (pinned is not null && !string.Equals(pinned, file.Sha256, StringComparison.OrdinalIgnoreCase))
                mismatches.Add(new UnverifiedDataset(file.Suite, file.File, pinned, file.Sha256));
        }
        return mismatches;
    }

    /// <summary>
    /// Refuses data that does not match its pin (a usage error naming each file with both hashes) unless
    /// <paramref name="allowUnverified"/>; returns what was let through, for the manifest.
    /// </summary>
    public static IReadOnlyList<UnverifiedDataset> Check(IEnumerable<DatasetFileInfo> files, DataDirectory data, bool allowUnverified)
    {
        var mismatches = Mismatches(files, data);
        if (mismatches.Count > 0 && !allowUnverified)
            throw new UsageException(
                string.Join("; ", mismatches.Select(m => $"{data.File(m.File)}: SHA-256 {m.Sha256} does not match its pin {m.PinnedSha256}")) +
                ": the file was changed, truncated or is another version. 'evaluate datasets fetch' replaces it; " +
                "--allow-unverified-data runs on it anyway (recorded in manifest.json)");
        return mismatches;
    }
}
