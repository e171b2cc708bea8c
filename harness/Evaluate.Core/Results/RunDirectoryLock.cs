using System.Text.Json;

namespace Evaluate.Core.Results;

/// <summary>
/// run.lock: held by the one process writing a run directory (a run, a resume, a merge) for as long as it writes.
/// A second writer is refused with a usage error naming the holder (pid, host, start time) instead of interleaving
/// journal lines or failing on a file lock. A lock left by a process that is no longer running (killed, crashed, the
/// machine rebooted) is taken over with a note. The file is removed when the holder finishes.
/// </summary>
public sealed class RunDirectoryLock : IDisposable
{
    public const string FileName = "run.lock";

    private readonly string _path;
    private FileStream? _stream;

    private RunDirectoryLock(string path, FileStream stream)
    {
        _path = path;
        _stream = stream;
    }

    /// <summary>Takes the lock of <paramref name="directory"/> (which must exist); notes go to <paramref name="notes"/>.</summary>
    public static RunDirectoryLock Acquire(string directory, TextWriter notes)
    {
        var path = Path.Combine(directory, FileName);
        // Bounded: one stale lock is taken over; a second loss means another process took it in between.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            FileStream stream;
            try
            {
                // CreateNew is atomic: of two processes, exactly one creates the file.
                stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read | FileShare.Delete);
            }
            catch (IOException) when (File.Exists(path))
            {
                var holder = LockHolder.TryRead(path);
                if (holder is not null && holder.MayBeRunning())
                    throw new UsageException(
                        $"{directory} is in use by another run ({holder}); wait for it to finish or stop it, then --resume. " +
                        $"If that process is gone, delete {path}");
                notes.WriteLine($"note: taking over {path}: its holder ({holder?.ToString() ?? "unreadable"}) is no longer running");
                File.Delete(path);
                continue;
            }
            try
            {
                stream.Write(JsonSerializer.SerializeToUtf8Bytes(LockHolder.OfThisProcess()));
                stream.Flush();
            }
            catch
            {
                stream.Dispose();
                File.Delete(path);
                throw;
            }
            return new RunDirectoryLock(path, stream);
        }
        throw new UsageException($"{directory} is in use by another run (it took {path} while this one started); try again later");
    }

    public void Dispose()
    {
        if (_stream is null) return;
        _stream.Dispose();
        _stream = null;
        try { File.Delete(_path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
