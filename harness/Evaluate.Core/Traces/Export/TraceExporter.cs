namespace Evaluate.Core.Traces.Export;

/// <summary>
/// Turns search traces into training examples: filters (solved only, path only), linearises, drops over-long and
/// duplicate texts, and checks that each text reads back to the tree it was written from, so no example that would
/// not replay is ever written.
/// </summary>
public sealed class TraceExporter(TraceExportOptions options)
{
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);

    public TraceExportCounts Counts { get; } = new();

    /// <summary>The example of one trace, or null when the options leave it out (counted in <see cref="Counts"/>).</summary>
    /// <param name="split">The split of a solver trace; null for a run's.</param>
    /// <param name="where">Names the trace in an error (file and line).</param>
    public TraceExample? Export(SearchTrace trace, string? split, string where)
    {
        Counts.Read++;
        if (options.SolvedOnly && trace.Correct != true)
        {
            Counts.Unsolved++;
            return null;
        }
        var tree = TraceTree.Of(trace);
        if (options.PathOnly)
        {
            if (TracePath.Of(tree) is not { } path)
            {
                Counts.WithoutSolution++;
                return null;
            }
            tree = path;
        }
        var text = options.Format.Write(tree);
        TraceTree back;
        try { back = options.Format.Read(text); }
        catch (TraceParseException e) { throw new UsageException($"{where}: the trace cannot be written as {options.Format.Name} so that it reads back ({e.Message}): is its visit order one the tree allows?"); }
        if (back.FirstDifference(tree) is { } difference)
            throw new UsageException($"{where}: the trace does not read back from {options.Format.Name} as written ({difference}): is its visit order one the tree allows?");
        var tokens = options.Tokens.CountTokens(text);
        if (options.MaxTokens is { } max && tokens > max)
        {
            Counts.OverMaxTokens++;
            return null;
        }
        if (options.Dedupe && !_texts.Add(text))
        {
            Counts.Duplicates++;
            return null;
        }
        Counts.Written++;
        Counts.Tokens.Add(tokens);
        return new TraceExample
        {
            SourceRun = trace.Run, Suite = trace.Suite, ProblemId = trace.ProblemId, ProblemIndex = trace.ProblemIndex, Strategy = trace.Strategy,
            Model = trace.Model, Simulated = trace.Simulated, Split = split, Format = options.Format.Name, PathOnly = options.PathOnly,
            Solved = trace.Correct == true, Answer = tree.Answer, Nodes = tree.Nodes.Count, Visits = tree.Visits.Count,
            ModelCalls = trace.ModelCalls, RewardCalls = trace.RewardCalls, Tokens = tokens, Tokenizer = options.Tokens.Name, Text = text,
        };
    }
}
