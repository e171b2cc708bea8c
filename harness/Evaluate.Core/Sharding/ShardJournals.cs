using Evaluate.Core.Running;

namespace Evaluate.Core.Sharding;

/// <summary>
/// The journals (problems, samples, timings) of a <see cref="ShardSet"/>, checked for coverage and put in the order
/// one machine writes them: cells in plan order, then problem index, then sample index. Lines are the shards' bytes,
/// so merged samples.jsonl and problems.jsonl equal a one-machine run's byte for byte.
/// </summary>
public sealed class ShardJournals
{
    private ShardJournals(List<JournalLine> problems, List<JournalLine> samples, List<JournalLine> timings) =>
        (Problems, Samples, Timings) = (problems, samples, timings);

    /// <summary>The shards' traces.jsonl lines (--traces), in the same order; null when no shard wrote one.</summary>
    public IReadOnlyList<JournalLine>? Traces { get; private init; }

    public IReadOnlyList<JournalLine> Problems { get; }
    public IReadOnlyList<JournalLine> Samples { get; }
    public IReadOnlyList<JournalLine> Timings { get; }

    /// <summary>
    /// Reads every shard's finished problems (a problem of an interrupted shard counts once its timing line is
    /// written, as on resume) and checks that each belongs to its shard and cell and that no problem is there twice;
    /// for a complete set, that every problem of every cell is there.
    /// </summary>
    public static ShardJournals Read(ShardSet set)
    {
        var cellOrder = set.Manifest.Cells.Select((c, i) => (c.Key, i)).GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().i);
        var owner = new Dictionary<(RunKey, int), ShardRun>();
        var problems = new List<JournalLine>();
        var samples = new List<JournalLine>();
        var timings = new List<JournalLine>();
        var traces = new List<JournalLine>();
        var traced = false;
        foreach (var shard in set.Shards)
        {
            var torn = !shard.Complete;
            var timed = JournalLine.Read(shard.Files.Timings, torn);
            var timedKeys = timed.Select(t => (t.Cell, t.ProblemId)).ToHashSet();
            var done = JournalLine.Read(shard.Files.Problems, torn).Where(p => timedKeys.Contains((p.Cell, p.ProblemId))).ToList();
            foreach (var problem in done)
            {
                if (!cellOrder.ContainsKey(problem.Cell))
                    throw new UsageException($"merge: {shard} holds a record of a cell its manifest does not list ({problem.Cell})");
                if (Shard.Of(problem.ProblemId, shard.Shard.Count) != shard.Shard.Index)
                    throw new UsageException($"merge: {shard} holds problem {problem.ProblemId}, which belongs to shard {Shard.Of(problem.ProblemId, shard.Shard.Count)}/{shard.Shard.Count}");
                if (!owner.TryAdd((problem.Cell, problem.ProblemIndex), shard))
                    throw new UsageException($"merge: problem {problem.ProblemId} of {problem.Cell} is in {owner[(problem.Cell, problem.ProblemIndex)]} and in {shard}");
            }
            var doneKeys = done.Select(p => (p.Cell, p.ProblemId)).ToHashSet();
            problems.AddRange(done);
            samples.AddRange(JournalLine.Read(shard.Files.Samples, torn).Where(s => doneKeys.Contains((s.Cell, s.ProblemId))));
            timings.AddRange(timed.Where(t => doneKeys.Contains((t.Cell, t.ProblemId))));
            traced |= File.Exists(shard.Files.Traces);
            traces.AddRange(JournalLine.Read(shard.Files.Traces, torn).Where(t => doneKeys.Contains((t.Cell, t.ProblemId))));
        }
        if (set.Complete)
            foreach (var cell in set.Manifest.Cells)
            {
                var absent = Enumerable.Range(0, cell.Problems).Where(i => !owner.ContainsKey((cell.Key, i))).ToList();
                if (absent.Count > 0)
                    throw new UsageException($"merge: the shards do not cover {absent.Count} of the {cell.Problems} problems of {cell.Key} (problem index {string.Join(", ", absent.Take(10))}{(absent.Count > 10 ? ", …" : "")})");
            }
        (int, int, int) Order(JournalLine l) => (cellOrder[l.Cell], l.ProblemIndex, l.SampleIndex);
        return new ShardJournals(
            problems.OrderBy(Order).ToList(), samples.OrderBy(Order).ToList(), timings.OrderBy(Order).ToList())
        {
            Traces = traced ? traces.OrderBy(Order).ToList() : null,
        };
    }

    /// <summary>Writes the three journals into <paramref name="files"/>, each line ending in \n as the runner writes them.</summary>
    public void Write(ResultFiles files)
    {
        Directory.CreateDirectory(files.Directory);
        WriteLines(files.Problems, Problems);
        WriteLines(files.Samples, Samples);
        WriteLines(files.Timings, Timings);
        if (Traces is not null) WriteLines(files.Traces, Traces);
    }

    private static void WriteLines(string path, IEnumerable<JournalLine> lines)
    {
        Files.OutputFile.WriteText(path, writer =>
        {
            foreach (var line in lines)
            {
                writer.Write(line.Text);
                writer.Write('\n');
            }
        });
    }
}
