namespace Evaluate.Tests.Support;

/// <summary>
/// NUnit categories that separate the slower kinds of test from the fast in-process ones. The README's test command
/// runs every category; `run.ps1 test --fast` leaves these out.
/// </summary>
public static class TestCategories
{
    /// <summary>Starts the `evaluate` CLI as a child process (end to end, signals, stdout).</summary>
    public const string Process = "Process";

    /// <summary>Talks HTTP to a server on loopback that the test starts.</summary>
    public const string Http = "Http";

    /// <summary>Drives a real browser.</summary>
    public const string Browser = "Browser";
}
