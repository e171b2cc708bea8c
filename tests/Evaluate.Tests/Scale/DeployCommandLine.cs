namespace Evaluate.Tests.Scale;

/// <summary>One `evaluate` command a deploy file runs: the file (relative to deploy/) and the words after the program.</summary>
public sealed record DeployCommandLine(string File, string[] Words)
{
    public override string ToString() => $"{File}: evaluate {string.Join(' ', Words)}";
}
