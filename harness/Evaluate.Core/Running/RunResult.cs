namespace Evaluate.Core.Running;

/// <summary>
/// A finished (or interrupted) run as read back from its directory: the one immutable object every writer reads.
/// </summary>
public sealed record RunResult(RunManifest Manifest, IReadOnlyList<ProblemRecord> Problems, IReadOnlyList<SampleRecord> Samples, bool Complete)
{
    public static RunResult Read(ResultFiles files, RunManifest manifest, bool complete) => new(
        manifest,
        ResultFiles.ReadLines<ProblemRecord>(files.Problems).ToList(),
        ResultFiles.ReadLines<SampleRecord>(files.Samples).ToList(),
        complete);
}
