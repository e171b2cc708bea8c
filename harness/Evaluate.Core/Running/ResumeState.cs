using System.Text.Json;

namespace Evaluate.Core.Running;

/// <summary>
/// Which problems of an output directory are complete. Resuming drops samples whose problem has no problems.jsonl
/// line (an interrupted problem), so the files stay consistent; a fresh run refuses a directory that has results.
/// </summary>
public static class ResumeState
{
    public static HashSet<(RunKey, string)> Fresh(ResultFiles files)
    {
        if (files.HasResults)
            throw new InvalidOperationException($"{files.Directory} already holds results: pass --resume to continue that run, or choose another --out");
        return [];
    }

    public static HashSet<(RunKey, string)> Prepare(ResultFiles files)
    {
        var done = ResultFiles.ReadLines<ProblemRecord>(files.Problems)
            .Select(p => (new RunKey(p.Model, p.Suite, p.Strategy), p.ProblemId))
            .ToHashSet();
        if (File.Exists(files.Samples))
        {
            var kept = ResultFiles.ReadLines<SampleRecord>(files.Samples)
                .Where(s => done.Contains((new RunKey(s.Model, s.Suite, s.Strategy), s.ProblemId)))
                .Select(s => JsonSerializer.Serialize(s, ResultJson.Lines))
                .ToList();
            var temporary = files.Samples + ".tmp";
            File.WriteAllLines(temporary, kept);
            File.Move(temporary, files.Samples, overwrite: true);
        }
        return done;
    }
}
