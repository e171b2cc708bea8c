namespace Evaluate.Tests.Support;

/// <summary>
/// Runs of one plan whose records differ, as reruns of a model that is not bit-reproducible are (vLLM): replay runs
/// made from the same replay file path (so their cells have the same key), each moved to its own directory and given
/// the first run's manifest (same fingerprint: the replay file is their only "dataset", and a real model reads the
/// same data every night).
/// </summary>
public static class ReplayReruns
{
    /// <param name="correct">Per problem number (1..<paramref name="problems"/>), each sample's correctness.</param>
    /// <param name="manifestOf">The first run of the plan, whose manifest this rerun shares; null for the first.</param>
    public static async Task<string> CreateAsync(string root, string folder, Func<int, bool[]> correct, string? manifestOf = null, int problems = 30)
    {
        var made = await ReplayRuns.CreateAsync(Path.Combine(root, "work"), "nightly", Enumerable.Range(1, problems).Select(i => ($"q{i}", correct(i))));
        var run = Path.Combine(root, folder);
        Directory.Move(made, run);
        if (manifestOf is not null) File.Copy(Path.Combine(manifestOf, "manifest.json"), Path.Combine(run, "manifest.json"), overwrite: true);
        return run;
    }
}
