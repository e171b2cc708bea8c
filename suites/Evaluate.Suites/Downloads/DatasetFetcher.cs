using Evaluate.Core.Files;
using System.Net.Sockets;
using System.Security.Cryptography;
using Evaluate.Suites.Data;

namespace Evaluate.Suites.Downloads;

/// <summary>
/// Downloads dataset files into a data directory and checks them. Every download goes to a temporary file in the
/// target folder, is hashed while it streams, and is moved under its final name only when the SHA-256 matches, so a
/// tampered or truncated file is never left where a suite would read it. Files already present and valid are skipped.
/// </summary>
public sealed class DatasetFetcher(HttpClient http, DataDirectory data, Uri? mirror, bool allowUnpinned, TextWriter log)
{
    /// <summary>No single dataset file is larger; a server streaming forever is cut off here.</summary>
    public const long MaxDownloadBytes = 2L << 30;

    private readonly DatasetLock _lock = new(data.Path);

    public string? ExpectedSha256(DatasetSource source) => source.Sha256 ?? _lock.Get(source.RelativePath);

    public DatasetState Verify(DatasetSource source)
    {
        var path = data.File(source.RelativePath);
        if (!File.Exists(path)) return DatasetState.Missing;
        var expected = ExpectedSha256(source);
        if (expected is null) return DatasetState.Unpinned;
        if (FileHash.Sha256(path) != expected) return DatasetState.Mismatch;
        return source.IsArchive && !IsExtracted(source) ? DatasetState.Missing : DatasetState.Valid;
    }

    /// <summary>The archive itself lives in its extraction folder, so "extracted" means a sub-folder is there too.</summary>
    private bool IsExtracted(DatasetSource source)
    {
        var folder = data.File(source.ExtractTo!);
        return Directory.Exists(folder) && Directory.EnumerateDirectories(folder).Any();
    }

    /// <summary>Downloads <paramref name="source"/> unless present and valid. Throws <see cref="DatasetDownloadException"/> on any failure.</summary>
    /// <returns>True when something was downloaded, false when it was already in place.</returns>
    public async Task<bool> FetchAsync(DatasetSource source, CancellationToken cancellationToken)
    {
        var state = Verify(source);
        if (state == DatasetState.Valid) return false;
        var expected = ExpectedSha256(source);
        if (expected is null && !allowUnpinned)
            throw new DatasetDownloadException(
                $"{source.RelativePath}: no SHA-256 is pinned for {source.UpstreamUrl}; rerun with --allow-unpinned to trust " +
                $"the first download and record its hash in {DatasetLock.FileName} (see docs/data.md)");
        if (state == DatasetState.Mismatch)
            log.WriteLine($"{source.RelativePath}: present but its SHA-256 does not match; downloading it again");

        var target = data.File(source.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = $"{target}.part-{Guid.NewGuid():N}";
        try
        {
            var url = source.Location(mirror);
            var actual = await DownloadAsync(url, temporary, cancellationToken).ConfigureAwait(false);
            if (expected is not null && actual != expected)
                throw new DatasetDownloadException(
                    $"{source.RelativePath}: rejected: the file from {url} has SHA-256 {actual}, expected {expected}. " +
                    "It was not stored (tampered, truncated, or a different version).");
            if (source.IsArchive) ExtractArchive(source, temporary);
            File.Move(temporary, target, overwrite: true);
            if (expected is null)
            {
                _lock.Record(source.RelativePath, actual);
                log.WriteLine($"{source.RelativePath}: not pinned; trusted on first use, SHA-256 {actual} recorded in {DatasetLock.FileName}");
            }
            return true;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private async Task<string> DownloadAsync(Uri url, string destination, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw new DatasetDownloadException($"{url}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}{MirrorHint}");
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using var file = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[1 << 16];
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (total > MaxDownloadBytes) throw new DatasetDownloadException($"{url}: larger than {MaxDownloadBytes} bytes; refused");
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        catch (HttpRequestException e)
        {
            throw new DatasetDownloadException($"cannot download {url}: {Describe(e)}{MirrorHint}", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DatasetDownloadException($"cannot download {url}: timed out after {http.Timeout.TotalSeconds:0} s{MirrorHint}", e);
        }
        catch (IOException e) when (e.InnerException is SocketException)
        {
            throw new DatasetDownloadException($"cannot download {url}: the connection broke ({e.InnerException.Message}){MirrorHint}", e);
        }
    }

    private string MirrorHint => mirror is null
        ? ". Is the network reachable? On an air-gapped machine use --mirror URL (layout: <mirror>/<relative path>, e.g. <mirror>/gsm8k/test.jsonl)"
        : $". Check that the mirror {mirror} serves <mirror>/<relative path>";

    private static string Describe(HttpRequestException e) =>
        e.InnerException is SocketException socket ? $"network unreachable ({socket.Message})" : e.Message;

    /// <summary>Extracts into a fresh folder beside the target, then swaps it in, so a refused archive leaves nothing.</summary>
    private void ExtractArchive(DatasetSource source, string archivePath)
    {
        var destination = data.File(source.ExtractTo!);
        var staging = Path.Combine(data.Path, $".extract-{Guid.NewGuid():N}");
        try
        {
            int files;
            using (var archive = File.OpenRead(archivePath))
                files = SafeTarExtractor.Extract(archive, staging, ArchiveLimits.Default, source.ArchivePrefix);
            Directory.CreateDirectory(destination);
            foreach (var entry in Directory.EnumerateFileSystemEntries(staging))
            {
                var moved = Path.Combine(destination, Path.GetFileName(entry));
                if (Directory.Exists(moved)) Directory.Delete(moved, recursive: true);
                else if (File.Exists(moved)) File.Delete(moved);
                if (Directory.Exists(entry)) Directory.Move(entry, moved);
                else File.Move(entry, moved);
            }
            log.WriteLine($"{source.RelativePath}: extracted {files} files to {source.ExtractTo}/");
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }
}
