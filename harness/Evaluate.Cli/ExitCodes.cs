namespace Evaluate.Cli;

/// <summary>Process exit codes: scripts and CI gates rely on them.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Reserved for a failed regression gate.</summary>
    public const int GateFailed = 1;
    public const int BadInput = 2;
    /// <summary>The run stopped itself: too many errored problems, or a permanent error from the start (wrong key or URL).</summary>
    public const int RunStopped = 3;
    /// <summary>The run finished, but some problems errored (shown and counted, never scored); --allow-errors gives 0.</summary>
    public const int FinishedWithErrors = 4;
    public const int Interrupted = 130;
}
