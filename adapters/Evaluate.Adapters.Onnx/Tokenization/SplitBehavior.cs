namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>What a Split step does with the stretches its pattern matches (the delimiters), as Hugging Face defines
/// <c>SplitDelimiterBehavior</c>: drop them, keep them alone, glue them to the previous or next stretch, or join runs.</summary>
internal enum SplitBehavior { Removed, Isolated, MergedWithPrevious, MergedWithNext, Contiguous }

internal static class SplitBehaviors
{
    public static SplitBehavior Read(JsonSection step) => step.RequiredString("behavior") switch
    {
        "Removed" => SplitBehavior.Removed,
        "Isolated" => SplitBehavior.Isolated,
        "MergedWithPrevious" => SplitBehavior.MergedWithPrevious,
        "MergedWithNext" => SplitBehavior.MergedWithNext,
        "Contiguous" => SplitBehavior.Contiguous,
        var other => throw step.Refuse("behavior", $"'{other}' is not a split behavior (Removed, Isolated, MergedWithPrevious, MergedWithNext, Contiguous)"),
    };

    /// <summary>Turns the stretches of a text, each marked delimiter or not, into the pieces kept (start, end).</summary>
    public static List<(int Start, int End)> Apply(this SplitBehavior behavior, IReadOnlyList<(int Start, int End, bool Delimiter)> stretches)
    {
        var pieces = new List<(int Start, int End)>();
        var previousDelimiter = false;
        switch (behavior)
        {
            case SplitBehavior.Removed:
                pieces.AddRange(stretches.Where(s => !s.Delimiter).Select(s => (s.Start, s.End)));
                break;
            case SplitBehavior.Isolated:
                pieces.AddRange(stretches.Select(s => (s.Start, s.End)));
                break;
            case SplitBehavior.MergedWithPrevious:
                foreach (var s in stretches)
                {
                    if (s.Delimiter && !previousDelimiter && pieces.Count > 0) pieces[^1] = (pieces[^1].Start, s.End);
                    else pieces.Add((s.Start, s.End));
                    previousDelimiter = s.Delimiter;
                }
                break;
            case SplitBehavior.MergedWithNext:
                foreach (var s in stretches.Reverse())
                {
                    if (s.Delimiter && !previousDelimiter && pieces.Count > 0) pieces[^1] = (s.Start, pieces[^1].End);
                    else pieces.Add((s.Start, s.End));
                    previousDelimiter = s.Delimiter;
                }
                pieces.Reverse();
                break;
            case SplitBehavior.Contiguous:
                for (var i = 0; i < stretches.Count; i++)
                {
                    var s = stretches[i];
                    if (i > 0 && s.Delimiter == previousDelimiter) pieces[^1] = (pieces[^1].Start, s.End);
                    else pieces.Add((s.Start, s.End));
                    previousDelimiter = s.Delimiter;
                }
                break;
        }
        return pieces;
    }
}
