namespace Evaluate.Adapters.Onnx.Decoding;

/// <summary>Stop strings are matched on decoded text, so a stop that spans several tokens (or part of one) still stops.</summary>
public static class StopStrings
{
    /// <summary>Where the earliest stop string starts in <paramref name="text"/>, or -1.</summary>
    public static int FirstMatch(string text, IReadOnlyList<string> stops)
    {
        var first = -1;
        foreach (var stop in stops)
        {
            if (string.IsNullOrEmpty(stop)) continue;
            var at = text.IndexOf(stop, StringComparison.Ordinal);
            if (at >= 0 && (first < 0 || at < first)) first = at;
        }
        return first;
    }
}
