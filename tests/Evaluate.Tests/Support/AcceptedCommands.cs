using System.CommandLine;
using Evaluate.Cli;

namespace Evaluate.Tests.Support;

/// <summary>
/// Checks a command line written in a file the repository ships (a workflow, a Kubernetes manifest, a SLURM script):
/// its verb exists, each flag is an option of that verb (the innermost sub-verb named), and `VERB … --help` exits 0.
/// </summary>
public static class AcceptedCommands
{
    public static async Task AssertAcceptedAsync(string[] words, string where)
    {
        var cli = CliApp.Build(Components.Registries);
        var verb = words[0];
        Command? command = cli.Subcommands.SingleOrDefault(c => c.Name == verb);
        Assert.That(command, Is.Not.Null, $"{where}: unknown verb '{verb}' in: {string.Join(' ', words)}");
        foreach (var word in words.Skip(1).TakeWhile(w => !w.StartsWith('-')))
            command = command!.Subcommands.SingleOrDefault(c => c.Name == word) ?? command;
        var known = command!.Options.SelectMany(o => o.Aliases.Append(o.Name)).ToHashSet();
        foreach (var flag in words.Where(w => w.StartsWith("--", StringComparison.Ordinal)))
            Assert.That(known, Does.Contain(flag), $"{where}: '{verb}' has no option {flag}");
        var (code, _, error) = await InProcessCli.RunAsync([.. words, "--help"]);
        Assert.That(code, Is.Zero, $"{where}: `{string.Join(' ', words)} --help` was refused: {error}");
    }
}
