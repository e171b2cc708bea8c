using Evaluate.Core.Running;

namespace Evaluate.Composition;

/// <summary>
/// One line when a run met internal errors (a checker that threw): they are bugs, counted rather than fatal, and easy
/// to miss in a table, so the run says so and asks for a report.
/// </summary>
public static class InternalErrorWarning
{
    public static void Write(IEnumerable<ProblemRecord> problems, TextWriter output)
    {
        var (count, first) = (0, (ProblemRecord?)null);
        foreach (var p in problems)
        {
            if (p.InternalErrors == 0) continue;
            count += p.InternalErrors;
            first ??= p;
        }
        if (first is null) return;
        var detail = first.InternalErrorDetails is [var e, ..] ? $" (first: {e.Site} on {first.Suite}/{first.ProblemId}: {e.Type}: {e.Message.ReplaceLineEndings(" ")})" : "";
        output.WriteLine($"warning: {count} internal error(s){detail}: this is a bug in the harness or a suite, not in the model; "
            + "see internal_errors in samples.jsonl and problems.jsonl; please report it with the run's manifest.json");
    }
}
