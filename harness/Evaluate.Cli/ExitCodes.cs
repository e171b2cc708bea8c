namespace Evaluate.Cli;

/// <summary>Process exit codes: scripts and CI gates rely on them.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Reserved for a failed regression gate.</summary>
    public const int GateFailed = 1;
    /// <summary>Bad usage, configuration, data or file (missing, unreadable, not UTF-8, a pipe); a locked run directory; a port that cannot be used.</summary>
    public const int BadInput = 2;
    /// <summary>
    /// The run stopped itself: too many errored problems, a permanent error from the start (wrong key or URL), or no
    /// space left on the device.
    /// </summary>
    public const int RunStopped = 3;
    /// <summary>The run finished, but some problems errored (shown and counted, never scored); --allow-errors gives 0.</summary>
    public const int FinishedWithErrors = 4;
    /// <summary>A bug in evaluate (EX_SOFTWARE): one line asks for a report and names the file holding the full trace.</summary>
    public const int InternalError = 70;
    public const int Interrupted = 130;
}
