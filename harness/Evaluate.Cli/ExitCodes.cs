namespace Evaluate.Cli;

/// <summary>Process exit codes: scripts and CI gates rely on them.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Reserved for a failed regression gate.</summary>
    public const int GateFailed = 1;
    public const int BadInput = 2;
    public const int Interrupted = 130;
}
