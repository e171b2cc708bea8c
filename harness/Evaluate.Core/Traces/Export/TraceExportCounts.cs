namespace Evaluate.Core.Traces.Export;

/// <summary>What an export kept and why it dropped the rest, with the sizes of what it kept.</summary>
public sealed class TraceExportCounts
{
    public int Read { get; set; }
    public int Written { get; set; }
    public int Unsolved { get; set; }
    public int WithoutSolution { get; set; }
    public int OverMaxTokens { get; set; }
    public int Duplicates { get; set; }
    public List<int> Tokens { get; } = [];

    public string Describe(string formatName, string tokenizer)
    {
        var dropped = new List<string>();
        if (Unsolved > 0) dropped.Add($"{Unsolved} unsolved");
        if (WithoutSolution > 0) dropped.Add($"{WithoutSolution} without a solution");
        if (OverMaxTokens > 0) dropped.Add($"{OverMaxTokens} over --max-tokens");
        if (Duplicates > 0) dropped.Add($"{Duplicates} duplicate(s)");
        var sizes = Tokens.Count == 0 ? "" : $"; tokens per example ({tokenizer}): median {Median()}, max {Tokens.Max()}, total {Tokens.Sum(t => (long)t)}";
        return $"{Written} of {Read} trace(s) written as {formatName}" + (dropped.Count > 0 ? $" (dropped: {string.Join(", ", dropped)})" : "") + sizes;
    }

    private int Median()
    {
        var sorted = Tokens.Order().ToList();
        return sorted[(sorted.Count - 1) / 2];
    }
}
