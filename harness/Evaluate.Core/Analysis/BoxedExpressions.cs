namespace Evaluate.Core.Analysis;

/// <summary>
/// Finds <c>\boxed{…}</c> and <c>\fbox{…}</c> with nested braces by a bounded scan (no regex can match nesting).
/// Content longer than <see cref="MaxContentLength"/> or never closed is skipped, which keeps the scan linear
/// on hostile text such as thousands of unclosed <c>\boxed{</c>.
/// </summary>
public static class BoxedExpressions
{
    public const int MaxContentLength = 2000;

    private static readonly string[] Commands = [@"\boxed", @"\fbox"];

    /// <summary>Every boxed expression in text order: start of the command, end past the closing brace, content.</summary>
    public static List<(int Start, int End, string Content)> FindAll(string text)
    {
        var found = new List<(int Start, int End, string Content)>();
        var at = 0;
        // Next known index of each command; -1 = absent from here on. Cached so absent commands are searched once.
        var nextIndex = new int[Commands.Length];
        Array.Fill(nextIndex, -2);
        while (at < text.Length)
        {
            var next = NextCommand(text, at, nextIndex, out var commandLength);
            if (next < 0) break;
            var open = next + commandLength;
            while (open < text.Length && open - next < commandLength + 4 && text[open] == ' ') open++;
            if (open < text.Length && text[open] == '{' && TryClose(text, open, out var close))
            {
                found.Add((next, close + 1, text.Substring(open + 1, close - open - 1).Trim()));
                at = close + 1;
            }
            else
            {
                at = next + commandLength;
            }
        }
        return found;
    }

    /// <summary>Content of the last boxed expression, or null.</summary>
    public static string? Last(string text)
    {
        var all = FindAll(text);
        return all.Count == 0 ? null : all[^1].Content;
    }

    private static int NextCommand(string text, int from, int[] nextIndex, out int length)
    {
        var best = -1;
        length = 0;
        for (var c = 0; c < Commands.Length; c++)
        {
            if (nextIndex[c] == -2 || (nextIndex[c] >= 0 && nextIndex[c] < from))
                nextIndex[c] = text.IndexOf(Commands[c], from, StringComparison.Ordinal);
            var index = nextIndex[c];
            if (index >= 0 && (best < 0 || index < best))
            {
                best = index;
                length = Commands[c].Length;
            }
        }
        return best;
    }

    private static bool TryClose(string text, int open, out int close)
    {
        var depth = 0;
        var limit = Math.Min(text.Length, open + MaxContentLength + 2);
        for (var i = open; i < limit; i++)
        {
            var ch = text[i];
            if (ch == '\\' && i + 1 < limit && (text[i + 1] == '{' || text[i + 1] == '}'))
            {
                i++; // an escaped brace \{ or \} does not nest
                continue;
            }
            if (ch == '{') depth++;
            else if (ch == '}' && --depth == 0)
            {
                close = i;
                return true;
            }
        }
        close = -1;
        return false;
    }
}
