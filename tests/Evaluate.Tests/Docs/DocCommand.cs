namespace Evaluate.Tests.Docs;

/// <summary>How the docs test treats one command of a doc.</summary>
public enum DocCommandClass
{
    /// <summary>Run by the test (an `evaluate` verb against `sim` and test data, the main job, a shell builtin or
    /// a file tool such as `cmp`): its exit code, and the output block after its block, are checked.</summary>
    Run,

    /// <summary>Needs something the test machine must not use (a model server, the network, a cluster, a package
    /// manager, a full test or benchmark run): only its syntax is checked (the verb and each flag it passes to the CLI
    /// exist and `VERB … --help` is accepted; a project or solution it names exists).</summary>
    SyntaxOnly,
}

/// <summary>A classified command: what the test does with it and why (messages say both, with the doc line).</summary>
public sealed record DocCommand(ShellLine Line, SimpleCommand Command, DocCommandClass Class, string Why)
{
    /// <summary>The words after `evaluate` (variables of the block expanded) when the command runs the CLI.</summary>
    public string[]? EvaluateWords { get; init; }

    /// <summary>A repository path the command needs to exist (a project for `dotnet run --project`, a solution).</summary>
    public string? RepositoryPath { get; init; }

    public string Where => Line.Where;
}
