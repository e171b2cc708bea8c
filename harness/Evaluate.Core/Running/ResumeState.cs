using System.Text.Json;

namespace Evaluate.Core.Running;

/// <summary>
/// Which problems of an output directory are done. Resuming first cuts a torn last line off every journal (a kill
/// mid-write), then keeps only the problems that are complete (a problems.jsonl and a timings.jsonl line, and every sample the problem line counts) and, unless told otherwise,
/// answered: errored problems are dropped with their samples and timings so that they run again. A fresh run refuses
/// a directory that has results.
/// </summary>
public static class ResumeState
{
    public static HashSet<(RunKey, string)> Fresh(ResultFiles files)
    {
        if (files.HasResults)
            throw new UsageException($"{files.Directory} already holds results: pass --resume to continue that run, or choose another --out");
        return [];
    }

    /// <param name="retryErrors">Run errored problems again (the default) instead of keeping their errors.</param>
    public static HashSet<(RunKey, string)> Prepare(ResultFiles files, bool retryErrors = true)
    {
        foreach (var journal in new[] { files.Samples, files.Problems, files.Timings, files.Traces }) JournalLines.DropTornTail(journal);
        // A problem is done when its last journal line, the timing, was written too (samples, problem, timing is the
        // order of writing): a kill between them redoes the problem rather than leaving it without a timing.
        var timed = ResultFiles.ReadLines<TimingRecord>(files.Timings).Select(t => (new RunKey(t.Model, t.Suite, t.Strategy), t.ProblemId)).ToHashSet();
        // And when every sample its problem line counts is there: a torn sample line (cut off above) belongs to a
        // problem whose later lines may be whole, and keeping that problem would lose the sample for good.
        var samples = SampleCounts(files.Samples);
        var done = ResultFiles.ReadLines<ProblemRecord>(files.Problems)
            .Where(p => !retryErrors || p.Error is null)
            .Where(p => samples.GetValueOrDefault((new RunKey(p.Model, p.Suite, p.Strategy), p.ProblemId)) == p.Samples)
            .Select(p => (new RunKey(p.Model, p.Suite, p.Strategy), p.ProblemId))
            .Where(timed.Contains)
            .ToHashSet();
        bool IsDone(JsonElement line) => done.Contains((Key(line), line.GetProperty("problem_id").GetString()!));
        JournalLines.Filter(files.Problems, IsDone);
        JournalLines.Filter(files.Samples, IsDone);
        JournalLines.Filter(files.Timings, IsDone);
        // A trace is written before its problem's line: one of an unfinished problem goes, and is written again.
        JournalLines.Filter(files.Traces, IsDone);
        return done;
    }

    private static Dictionary<(RunKey, string), int> SampleCounts(string path)
    {
        var counts = new Dictionary<(RunKey, string), int>();
        foreach (var sample in ResultFiles.ReadLines<SamplePlace>(path))
        {
            var place = (new RunKey(sample.Model, sample.Suite, sample.Strategy), sample.ProblemId);
            counts[place] = counts.GetValueOrDefault(place) + 1;
        }
        return counts;
    }

    /// <summary>The fields of a samples.jsonl line that place it (snake_case by <see cref="ResultJson.Lines"/>; the rest is skipped).</summary>
    private sealed record SamplePlace(string Model, string Suite, string Strategy, string ProblemId);

    public static RunKey Key(JsonElement line) =>
        new(line.GetProperty("model").GetString()!, line.GetProperty("suite").GetString()!, line.GetProperty("strategy").GetString()!);
}
