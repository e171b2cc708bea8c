using System.Text.RegularExpressions;

namespace Evaluate.Tests.Docs;

/// <summary>What a doc says about how to test the block that follows: <c>&lt;!-- docs-test: KIND key="value" --&gt;</c>
/// on the last non-blank line before the fence.</summary>
public enum DocsTestKind
{
    /// <summary><c>skip reason="…"</c>: the block is not checked at all (keep these rare).</summary>
    Skip,

    /// <summary><c>syntax reason="…"</c>: commands that work but are too big or slow to run in a test (a measured
    /// benchmark): only their syntax is checked, as for commands that need something external.</summary>
    Syntax,

    /// <summary><c>file=NAME</c>: a data block (JSON lines, YAML) written as NAME into the doc's working directory
    /// before the doc's commands run, so the commands that read it run against what the doc shows.</summary>
    File,
}

public sealed partial record DocsTestMarker(DocsTestKind Kind, string Value, string Where)
{
    public static DocsTestMarker Parse(string line, string where)
    {
        var match = Marker().Match(line);
        if (!match.Success)
            throw new FormatException($"{where}: a docs-test marker reads <!-- docs-test: skip reason=\"…\" -->, <!-- docs-test: syntax reason=\"…\" --> or <!-- docs-test: file=NAME -->, not: {line.Trim()}");
        var kind = match.Groups["kind"].Value;
        return kind switch
        {
            "skip" => new DocsTestMarker(DocsTestKind.Skip, Reason(match, where), where),
            "syntax" => new DocsTestMarker(DocsTestKind.Syntax, Reason(match, where), where),
            _ => new DocsTestMarker(DocsTestKind.File, match.Groups["file"].Value, where),
        };
    }

    private static string Reason(Match match, string where) =>
        match.Groups["reason"].Success && match.Groups["reason"].Value.Trim().Length > 0
            ? match.Groups["reason"].Value
            : throw new FormatException($"{where}: a docs-test {match.Groups["kind"].Value} marker needs reason=\"…\" saying why the block is not run");

    [GeneratedRegex("""^\s*<!--\s*docs-test:\s*(?:(?<kind>skip|syntax)(?:\s+reason="(?<reason>[^"]*)")?|(?<kind>file)=(?<file>[\w.\-]+))\s*-->\s*$""")]
    private static partial Regex Marker();
}
