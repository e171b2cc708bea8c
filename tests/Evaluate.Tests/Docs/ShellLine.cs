using System.Text;

namespace Evaluate.Tests.Docs;

/// <summary>
/// One logical line of a shell block (backslash continuations joined, the comment after an unquoted '#' removed),
/// with the doc line it starts on, split into simple commands at ; &amp;&amp; || | &amp; and loop keywords.
/// </summary>
public sealed record ShellLine(string File, int Line, string Text, IReadOnlyList<SimpleCommand> Commands)
{
    public string Where => $"{File}:{Line}";

    /// <summary>The logical lines of a shell block; lines that are empty or only a comment are left out.</summary>
    public static List<ShellLine> Split(FencedBlock block)
    {
        var lines = new List<ShellLine>();
        var text = new StringBuilder();
        var start = -1;
        var blockLines = block.CommandLines;
        for (var i = 0; i < blockLines.Count; i++)
        {
            var raw = blockLines[i];
            if (start < 0) start = block.Line + 1 + i;
            var code = WithoutComment(raw).TrimEnd();
            if (code.EndsWith('\\'))
            {
                text.Append(code[..^1]).Append(' ');
                continue;
            }
            text.Append(code);
            var logical = text.ToString().Trim();
            if (logical.Length > 0) lines.Add(new ShellLine(block.File, start, logical, SimpleCommand.Of(ShellWords.Split(logical, $"{block.File}:{start}"))));
            text.Clear();
            start = -1;
        }
        if (text.Length > 0) throw new FormatException($"{block.File}:{start}: the block ends inside a backslash continuation");
        return lines;
    }

    /// <summary>The line without an unquoted comment: '#' at the start of a word outside quotes begins one.</summary>
    public static string WithoutComment(string line)
    {
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is not null)
            {
                if (c == quote) quote = null;
                else if (c == '\\' && quote == '"') i++;
                continue;
            }
            if (c == '\\') { i++; continue; }
            if (c is '\'' or '"') quote = c;
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1]))) return line[..i];
        }
        return line;
    }
}

/// <summary>A shell word: its text after quote removal, and whether any part of it was quoted (a quoted ';' is no operator).</summary>
public readonly record struct ShellWord(string Text, bool Quoted, bool IsOperator);

/// <summary>Word splitting as a POSIX shell does it for the commands docs show: quotes, backslashes, operators.</summary>
public static class ShellWords
{
    private static readonly string[] Operators = ["&&", "||", ";", "|", "&"];

    public static List<ShellWord> Split(string text, string where)
    {
        var words = new List<ShellWord>();
        var word = new StringBuilder();
        var quoted = false;
        var inWord = false;
        void End()
        {
            if (inWord) words.Add(new ShellWord(word.ToString(), quoted, false));
            word.Clear();
            quoted = false;
            inWord = false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { End(); continue; }
            var op = Operators.FirstOrDefault(o => string.CompareOrdinal(text, i, o, 0, o.Length) == 0);
            if (op is not null && !(op == "&" && i > 0 && text[i - 1] == '>') && !(op == "&" && i + 1 < text.Length && text[i + 1] == '>'))
            {
                End();
                words.Add(new ShellWord(op, false, true));
                i += op.Length - 1;
                continue;
            }
            inWord = true;
            if (c == '\\' && i + 1 < text.Length) { word.Append(text[++i]); continue; }
            if (c is '\'' or '"')
            {
                quoted = true;
                var close = text.IndexOf(c, i + 1);
                if (close < 0) throw new FormatException($"{where}: unclosed {c} quote");
                word.Append(text, i + 1, close - i - 1);
                i = close;
                continue;
            }
            word.Append(c);
        }
        End();
        return words;
    }
}

/// <summary>
/// One simple command of a line: loop and control keywords, variable assignments before the program, `time` and
/// redirections removed. <see cref="Program"/> is null for a line part that runs no program (an assignment, `done`).
/// </summary>
public sealed record SimpleCommand(string? Program, IReadOnlyList<string> Arguments, IReadOnlyList<KeyValuePair<string, string>> Assignments)
{
    private static readonly HashSet<string> Keywords = ["do", "then", "else", "elif", "done", "fi", "{", "}", "!"];

    public static List<SimpleCommand> Of(List<ShellWord> words)
    {
        var commands = new List<SimpleCommand>();
        var part = new List<ShellWord>();
        foreach (var word in words.Append(new ShellWord(";", false, true)))
        {
            if (!word.IsOperator) { part.Add(word); continue; }
            if (part.Count > 0) commands.Add(FromWords(part));
            part = [];
        }
        return commands;
    }

    private static SimpleCommand FromWords(List<ShellWord> words)
    {
        var rest = words.Where((w, i) => !IsRedirection(words, i)).ToList();
        var assignments = new List<KeyValuePair<string, string>>();
        while (rest.Count > 0 && !rest[0].Quoted && Keywords.Contains(rest[0].Text)) rest.RemoveAt(0);
        if (rest.Count > 0 && rest[0].Text is "for" or "while" or "until" or "if" && !rest[0].Quoted)
            return new SimpleCommand(null, [.. rest.Select(w => w.Text)], assignments); // a loop header: `for i in 0 1 2 3`
        while (rest.Count > 0 && Assignment(rest[0]) is { } assignment)
        {
            assignments.Add(assignment);
            rest.RemoveAt(0);
        }
        if (rest.Count > 0 && rest[0].Text == "export")
        {
            assignments.AddRange(rest.Skip(1).Select(Assignment).OfType<KeyValuePair<string, string>>());
            return new SimpleCommand(null, [], assignments);
        }
        if (rest.Count > 0 && rest[0].Text is "time" or "/usr/bin/time")
        {
            rest.RemoveAt(0);
            while (rest.Count > 0 && rest[0].Text.StartsWith('-')) rest.RemoveAt(0);
        }
        return rest.Count == 0
            ? new SimpleCommand(null, [], assignments)
            : new SimpleCommand(rest[0].Text, [.. rest.Skip(1).Select(w => w.Text)], assignments);
    }

    private static KeyValuePair<string, string>? Assignment(ShellWord word)
    {
        var equals = word.Text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0) return null;
        var name = word.Text[..equals];
        return name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(name[0])
            ? new KeyValuePair<string, string>(name, word.Text[(equals + 1)..])
            : null;
    }

    private static bool IsRedirection(List<ShellWord> words, int i)
    {
        static bool Op(ShellWord w) => !w.Quoted && (w.Text.StartsWith('>') || w.Text.StartsWith('<') || w.Text is "2>" or "1>" or "&>" or "2>&1" || w.Text.StartsWith("2>", StringComparison.Ordinal));
        if (Op(words[i])) return true;
        // The target of a bare `>` / `2>` is the next word.
        return i > 0 && Op(words[i - 1]) && words[i - 1].Text is ">" or ">>" or "2>" or "<" or "&>";
    }
}
