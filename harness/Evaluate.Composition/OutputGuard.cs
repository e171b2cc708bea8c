using Evaluate.Core;
using Evaluate.Core.Results;
using Evaluate.Core.Running;

namespace Evaluate.Composition;

/// <summary>
/// Decides, before anything is written, whether a run may use its output directory: a fresh run never writes into
/// a directory that holds results; a resumed run must be the same run (same fingerprint), and a change is refused
/// with each changed field named.
/// </summary>
public static class OutputGuard
{
    /// <returns>On a resume, the manifest the run started with (read once, here); otherwise null.</returns>
    public static RunManifest? Check(ResultFiles files, RunManifest manifest, bool resume)
    {
        var hasRun = files.HasResults || File.Exists(files.Manifest) || File.Exists(files.Summary);
        if (!resume)
        {
            if (hasRun)
                throw new UsageException($"{files.Directory} already holds results: pass --resume to continue that run, or choose another --out");
            return null;
        }
        if (!hasRun) return null;
        RunManifest earlier;
        try { earlier = RunDirectory.Open(files.Directory).ReadManifest(); }
        catch (UsageException e) { throw new UsageException($"--resume: cannot read the run in {files.Directory}: {e.Message}"); }
        // A shard resumes as the same shard: another part of the problems in one directory could not be merged.
        if (earlier.Fingerprint == manifest.Fingerprint && earlier.Shard != manifest.Shard)
            throw new UsageException($"--resume refused: {files.Directory} holds shard {earlier.Shard?.ToString() ?? "(none: a whole run)"}, not {manifest.Shard?.ToString() ?? "a whole run"}");
        if (earlier.Fingerprint == manifest.Fingerprint) return earlier;
        if (earlier.Identity is null)
            throw new UsageException($"--resume: {files.Directory} was written by a version of evaluate without run fingerprints; start a new run");
        var changes = new RunIdentity(manifest.Identity!).ChangesSince(new RunIdentity(earlier.Identity));
        throw new UsageException($"--resume refused: the plan differs from the run in {files.Directory}: {string.Join("; ", changes)}");
    }
}
