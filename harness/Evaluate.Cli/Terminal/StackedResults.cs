namespace Evaluate.Cli.Terminal;

/// <summary>
/// A results table for a terminal too narrow for it: one block per cell, its identity on the first lines and then
/// "header value" pairs packed into lines of the width. A value is never broken across lines (a drawn table at 80
/// columns broke one word per line).
/// </summary>
public static class StackedResults
{
    public static IEnumerable<string> Lines(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows, int identityColumns, int width)
    {
        foreach (var row in rows)
        {
            // The identity on one line when it fits; else the model alone, then the rest (model labels are long).
            var identity = string.Join(" × ", row.Take(identityColumns));
            if (identity.Length <= width) yield return identity;
            else
            {
                yield return Fit(row[0], width);
                yield return Fit("  " + string.Join(" × ", row.Skip(1).Take(identityColumns - 1)), width);
            }
            var line = "";
            for (var i = identityColumns; i < headers.Count; i++)
            {
                var pair = $"{headers[i]} {row[i]}";
                var next = line.Length == 0 ? "  " + pair : line + "   " + pair;
                if (next.Length <= width || line.Length == 0)
                {
                    line = next;
                    continue;
                }
                yield return Fit(line, width);
                line = "  " + pair;
            }
            if (line.Length > 0) yield return Fit(line, width);
        }
    }

    /// <summary>Only a single name longer than the whole width is cut (with an ellipsis): nothing else is.</summary>
    private static string Fit(string line, int width) => line.Length <= width ? line : line[..(width - 1)] + "…";
}
