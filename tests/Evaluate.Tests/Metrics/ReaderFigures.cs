using System.Net;
using System.Text.RegularExpressions;

namespace Evaluate.Tests.Metrics;

/// <summary>Reads the figures of one results row back out of each reader's output, so tests can compare readers.</summary>
public static partial class ReaderFigures
{
    /// <summary>The plain terminal table's first row under the header that starts with "model": cells split on runs of two or more spaces.</summary>
    public static (string[] Headers, string[] Row) Terminal(string output)
    {
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.FindIndex(l => l.StartsWith("model ", StringComparison.Ordinal));
        Assert.That(header, Is.GreaterThanOrEqualTo(0), output);
        return (Cells(lines[header]), Cells(lines[header + 1]));
        static string[] Cells(string line) => TwoSpaces().Split(line.Trim());
    }

    /// <summary>summary.md's header and first row (Markdown escapes undone).</summary>
    public static (string[] Headers, string[] Row) Markdown(string markdown)
    {
        var rows = markdown.Split('\n').Where(l => l.StartsWith('|') && !l.StartsWith("|---", StringComparison.Ordinal)).ToList();
        return (Cells(rows[0]), Cells(rows[1]));
        static string[] Cells(string line) => [.. line.Trim().Trim('|').Split(" | ").Select(c => c.Trim().Replace("\\[", "[").Replace("\\]", "]").Replace("\\|", "|"))];
    }

    /// <summary>
    /// The HTML report's headline table: its header cells and its first run row's cells (entities decoded, badges
    /// dropped); three identity columns (suite, strategy, run · model) come before the figures.
    /// </summary>
    public static (string[] Headers, string[] Row) Html(string html)
    {
        var table = HeadlineTable().Match(html);
        Assert.That(table.Success, "report.html has a headline table");
        var headers = Th().Matches(table.Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToArray();
        var firstRow = Tr().Matches(table.Value)[0].Value;
        var cells = Td().Matches(firstRow).Select(m => WebUtility.HtmlDecode(Tag().Replace(m.Groups[1].Value, ""))).ToArray();
        return (headers, cells);
    }

    [GeneratedRegex(@" {2,}")]
    private static partial Regex TwoSpaces();

    [GeneratedRegex(@"<table id=""headline-table"">.*?</table>", RegexOptions.Singleline)]
    private static partial Regex HeadlineTable();

    [GeneratedRegex(@"<th[^>]*>(.*?)</th>")]
    private static partial Regex Th();

    [GeneratedRegex(@"<tr class=""run-row""[^>]*>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Tr();

    [GeneratedRegex(@"<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Td();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();
}
