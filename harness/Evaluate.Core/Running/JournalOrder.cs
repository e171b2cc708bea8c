namespace Evaluate.Core.Running;

/// <summary>
/// Puts the journals of a run back in canonical order: cells in plan order, problems by their index, samples by
/// their index. An uninterrupted run writes them so; a resumed one appends what it redid at the end.
/// </summary>
public static class JournalOrder
{
    public static void Restore(ResultFiles files, IReadOnlyList<RunCell> cells)
    {
        var order = cells.Select((c, i) => (c.Key, i)).GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().i);
        int Cell(System.Text.Json.JsonElement line) => order.GetValueOrDefault(ResumeState.Key(line), int.MaxValue);
        static int Index(System.Text.Json.JsonElement line, string field) =>
            line.TryGetProperty(field, out var value) && value.TryGetInt32(out var i) ? i : 0;
        JournalLines.Sort(files.Problems, l => (Cell(l), Index(l, "problem_index")));
        JournalLines.Sort(files.Samples, l => (Cell(l), Index(l, "problem_index"), Index(l, "sample_index")));
        JournalLines.Sort(files.Timings, l => (Cell(l), Index(l, "problem_index")));
        JournalLines.Sort(files.Traces, l => (Cell(l), Index(l, "problem_index")));
    }
}
