using System.Formats.Tar;

namespace Evaluate.Suites.Downloads;

/// <summary>
/// Extracts a tar archive, refusing it as a whole on the first entry that could escape the target folder:
/// absolute paths, drive letters, <c>..</c> segments, symbolic and hard links, devices and FIFOs. Entry count and
/// total size are capped. Callers extract into a fresh temporary folder and delete it on failure, so a refused
/// archive leaves nothing behind.
/// </summary>
public static class SafeTarExtractor
{
    /// <summary>Extracts regular files and folders of <paramref name="archive"/> below <paramref name="target"/>.</summary>
    /// <param name="stripPrefix">A leading folder to drop from entry names (e.g. "MATH/"); names without it are kept as they are.</param>
    /// <returns>The number of files written.</returns>
    public static int Extract(Stream archive, string target, ArchiveLimits limits, string? stripPrefix = null)
    {
        var root = Path.GetFullPath(target);
        Directory.CreateDirectory(root);
        var rootWithSeparator = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        using var reader = new TarReader(archive, leaveOpen: true);
        var entries = 0;
        var files = 0;
        long total = 0;
        while (reader.GetNextEntry() is { } entry)
        {
            if (++entries > limits.MaxEntries)
                throw new DatasetDownloadException($"archive refused: more than {limits.MaxEntries} entries");
            var name = entry.Name;
            var kind = entry.EntryType switch
            {
                TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile => "file",
                TarEntryType.Directory => "directory",
                // Metadata records (pax headers, long names) are folded into the next entry by TarReader.
                TarEntryType.ExtendedAttributes or TarEntryType.GlobalExtendedAttributes => "skip",
                _ => throw new DatasetDownloadException($"archive refused: entry '{name}' is a {entry.EntryType} (links, devices and FIFOs are not allowed)"),
            };
            if (kind == "skip") continue;
            var relative = CheckedRelativeName(name);
            if (stripPrefix is not null && relative.StartsWith(stripPrefix, StringComparison.Ordinal)) relative = relative[stripPrefix.Length..];
            if (relative.Length == 0) continue;
            var destination = Path.GetFullPath(Path.Combine(root, relative));
            if (!destination.StartsWith(rootWithSeparator, StringComparison.Ordinal))
                throw new DatasetDownloadException($"archive refused: entry '{name}' would be written outside the target folder");
            if (kind == "directory")
            {
                Directory.CreateDirectory(destination);
                continue;
            }
            total += entry.Length;
            if (total > limits.MaxTotalBytes)
                throw new DatasetDownloadException($"archive refused: content exceeds {limits.MaxTotalBytes} bytes");
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            using (var output = new FileStream(destination, FileMode.CreateNew, FileAccess.Write))
                entry.DataStream?.CopyTo(output);
            files++;
        }
        return files;
    }

    /// <summary>The entry name as a relative path, or an exception when it is absolute or climbs with "..".</summary>
    private static string CheckedRelativeName(string name)
    {
        var normalised = name.Replace('\\', '/');
        if (normalised.Length == 0 || normalised.StartsWith('/') || (normalised.Length > 1 && normalised[1] == ':') || normalised.Contains('\0'))
            throw new DatasetDownloadException($"archive refused: entry '{name}' has an absolute or invalid path");
        var segments = normalised.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s == ".."))
            throw new DatasetDownloadException($"archive refused: entry '{name}' climbs out of the target folder ('..')");
        return string.Join('/', segments.Where(s => s != "."));
    }
}
