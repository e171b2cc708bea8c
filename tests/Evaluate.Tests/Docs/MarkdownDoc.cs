using System.Text.RegularExpressions;

namespace Evaluate.Tests.Docs;

/// <summary>A fenced code block of a Markdown file: where it starts (1-based line of its opening fence), its language
/// tag, its lines, the docs-test marker written just before it, and the output block that follows it, if any.</summary>
public sealed record FencedBlock(string File, int Line, string Language, IReadOnlyList<string> Lines, DocsTestMarker? Marker, string? GeneratedRegion)
{
    /// <summary>A ```text block separated from this block's closing fence by blank lines only: what it prints.</summary>
    public FencedBlock? Output { get; init; }

    public bool IsShell => Language is "bash" or "sh" or "shell" or "console";

    /// <summary>The lines the shell runs, one per line of the block (a console transcript's output lines blank).</summary>
    public IReadOnlyList<string> CommandLines => Language == "console" ? Transcript().Commands : Lines;

    /// <summary>What the block itself shows as output: the lines of a console transcript that are not `$ ` commands.</summary>
    public IReadOnlyList<string>? ShownOutput =>
        Output?.Lines ?? (Language == "console" && Transcript().Output.Any(l => l.Trim().Length > 0) ? Transcript().Output : null);

    public string? ShownOutputWhere => Output?.Where ?? (ShownOutput is null ? null : Where);

    /// <summary>A console block: lines starting with "$ " (and their backslash continuations) are commands, the rest output.</summary>
    private (List<string> Commands, List<string> Output) Transcript()
    {
        var commands = new List<string>();
        var output = new List<string>();
        var continued = false;
        foreach (var line in Lines)
        {
            var command = continued || line.StartsWith("$ ", StringComparison.Ordinal);
            commands.Add(command ? (continued ? line : line[2..]) : "");
            if (!command) output.Add(line);
            continued = command && line.TrimEnd().EndsWith('\\');
        }
        return (commands, output);
    }

    public string Where => $"{File}:{Line}";
}

/// <summary>A code span in a doc's prose (one line, single backticks), such as `evaluate suites --data DIR`.</summary>
public sealed record InlineCode(string File, int Line, string Text)
{
    public string Where => $"{File}:{Line}";
}

/// <summary>A region of a doc between <c>&lt;!-- generated:NAME --&gt;</c> and <c>&lt;!-- /generated:NAME --&gt;</c>,
/// written by the generator of that name (<see cref="DocGenerators"/>).</summary>
public sealed record GeneratedRegion(string File, int Line, string Name, string Text);

/// <summary>
/// The parts of a Markdown file the docs test reads: fenced blocks (``` or ~~~, any indentation), the docs-test
/// marker comment before each, and generated regions. Nothing else of Markdown matters here.
/// </summary>
public sealed partial class MarkdownDoc
{
    private MarkdownDoc(string file, string[] lines, List<FencedBlock> blocks, List<GeneratedRegion> regions, List<InlineCode> inline)
    {
        Inline = inline;
        File = file;
        Lines = lines;
        Blocks = blocks;
        Regions = regions;
    }

    /// <summary>The path relative to the repository, with '/' (what messages name).</summary>
    public string File { get; }

    public IReadOnlyList<string> Lines { get; }

    public IReadOnlyList<FencedBlock> Blocks { get; }

    public IReadOnlyList<GeneratedRegion> Regions { get; }

    public IReadOnlyList<InlineCode> Inline { get; }

    public static MarkdownDoc Parse(string file, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<FencedBlock>();
        var regions = new List<GeneratedRegion>();
        var inline = new List<InlineCode>();
        (string Name, int Line, int Body)? region = null;
        var closedAt = new Dictionary<FencedBlock, int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Fence().Match(lines[i]);
            if (open.Success)
            {
                var fence = open.Groups["fence"].Value;
                var body = new List<string>();
                var j = i + 1;
                for (; j < lines.Length && !IsClosing(lines[j], fence); j++) body.Add(Unindent(lines[j], open.Groups["indent"].Value.Length));
                if (j == lines.Length) throw new FormatException($"{file}:{i + 1}: a fenced block is never closed");
                var block = new FencedBlock(file, i + 1, open.Groups["lang"].Value, body, MarkerBefore(file, lines, i), region?.Name);
                var previous = blocks.Count > 0 ? blocks[^1] : null;
                if (previous is { IsShell: true } && block.Language == "text" && block.Marker is null && OnlyBlankBetween(lines, closedAt[previous] + 1, i))
                    blocks[^1] = previous with { Output = block };
                blocks.Add(block);
                closedAt[block] = j;
                i = j;
                continue;
            }
            inline.AddRange(Span().Matches(lines[i]).Select(m => new InlineCode(file, i + 1, m.Groups["code"].Value)));
            var start = RegionStart().Match(lines[i]);
            if (start.Success)
            {
                if (region is not null) throw new FormatException($"{file}:{i + 1}: generated region '{start.Groups["name"].Value}' opens inside '{region.Value.Name}'");
                region = (start.Groups["name"].Value, i + 1, i + 1);
                continue;
            }
            var end = RegionEnd().Match(lines[i]);
            if (end.Success)
            {
                if (region is null || region.Value.Name != end.Groups["name"].Value)
                    throw new FormatException($"{file}:{i + 1}: '/generated:{end.Groups["name"].Value}' closes no open region of that name");
                regions.Add(new GeneratedRegion(file, region.Value.Line, region.Value.Name, string.Join("\n", lines[region.Value.Body..i])));
                region = null;
            }
        }
        if (region is not null) throw new FormatException($"{file}:{region.Value.Line}: generated region '{region.Value.Name}' is never closed");
        return new MarkdownDoc(file, lines, blocks, regions, inline);
    }

    /// <summary>The doc's text with the region <paramref name="name"/> replaced by <paramref name="text"/>.</summary>
    public string WithRegion(string name, string text)
    {
        var region = Regions.Single(r => r.Name == name);
        var bodyLines = region.Text.Length == 0 ? 0 : region.Text.Split('\n').Length;
        var before = Lines.Take(region.Line);
        var after = Lines.Skip(region.Line + bodyLines);
        return string.Join("\n", before.Concat(text.Split('\n')).Concat(after));
    }

    private static DocsTestMarker? MarkerBefore(string file, string[] lines, int fenceLine)
    {
        for (var k = fenceLine - 1; k >= 0; k--)
        {
            if (lines[k].Trim().Length == 0) continue;
            return lines[k].TrimStart().StartsWith("<!-- docs-test:", StringComparison.Ordinal) ? DocsTestMarker.Parse(lines[k], $"{file}:{k + 1}") : null;
        }
        return null;
    }

    private static bool OnlyBlankBetween(string[] lines, int from, int to)
    {
        for (var k = from; k < to; k++) if (lines[k].Trim().Length > 0) return false;
        return true;
    }

    private static bool IsClosing(string line, string fence)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= fence.Length && trimmed.All(c => c == fence[0]);
    }

    private static string Unindent(string line, int indent)
    {
        var n = 0;
        while (n < indent && n < line.Length && line[n] == ' ') n++;
        return line[n..];
    }

    [GeneratedRegex(@"^(?<indent>\s*)(?<fence>```+|~~~+)\s*(?<lang>[^\s`]*)\s*$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"(?<!`)`(?<code>[^`]+)`(?!`)")]
    private static partial Regex Span();

    [GeneratedRegex(@"^\s*<!--\s*generated:(?<name>[\w-]+)\s*-->\s*$")]
    private static partial Regex RegionStart();

    [GeneratedRegex(@"^\s*<!--\s*/generated:(?<name>[\w-]+)\s*-->\s*$")]
    private static partial Regex RegionEnd();
}
