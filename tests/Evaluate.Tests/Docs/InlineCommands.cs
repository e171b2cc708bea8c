using System.CommandLine;
using Evaluate.Cli;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Docs;

/// <summary>
/// `evaluate …` and `./run.sh …` written in a doc's prose: often a fragment with placeholders (`evaluate report
/// RUN_DIR…`), so it is not run; its verb (and sub-verb) must exist and each `--flag` must be an option of that verb.
/// </summary>
public static class InlineCommands
{
    private static readonly HashSet<string> RunScriptVerbs = ["test", "bench", "bench-e2e", "docs-gen"];

    /// <summary>The words after the program, up to the first shell operator; null when the span runs no CLI verb.</summary>
    public static string[]? CliWords(InlineCode code)
    {
        List<ShellWord> words;
        try
        {
            words = ShellWords.Split(code.Text, code.Where);
        }
        catch (FormatException)
        {
            return null;
        }
        var plain = words.TakeWhile(w => !w.IsOperator).Select(w => w.Text).ToList();
        if (plain.Count < 2 || plain[0] is not ("evaluate" or "./run.sh" or "run.sh")) return null;
        var verb = plain[1];
        if (RunScriptVerbs.Contains(verb) || verb.Any(char.IsUpper) || verb.Contains('<', StringComparison.Ordinal)) return null;
        return [.. plain.Skip(1)];
    }

    /// <summary>What is wrong with the words (an unknown verb or flag), or null.</summary>
    public static string? Problem(string[] words)
    {
        var cli = CliApp.Build(Components.Registries);
        Command? command = cli.Subcommands.SingleOrDefault(c => c.Name == words[0]);
        if (command is null) return $"unknown verb '{words[0]}'";
        foreach (var word in words.Skip(1).TakeWhile(w => !w.StartsWith('-')))
            command = command.Subcommands.SingleOrDefault(c => c.Name == word) ?? command;
        var known = command.Options.SelectMany(o => o.Aliases.Append(o.Name)).ToHashSet();
        var unknown = words.Where(w => w.StartsWith("--", StringComparison.Ordinal) && !known.Contains(w)).ToList();
        return unknown.Count == 0 ? null : $"'{command.Name}' has no option {string.Join(", ", unknown)}";
    }
}
