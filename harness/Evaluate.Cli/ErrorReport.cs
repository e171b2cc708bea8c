using Evaluate.Core;

namespace Evaluate.Cli;

/// <summary>
/// Which failures are the user's to fix (exit code 2, message only). One exception type says so:
/// <see cref="UsageException"/> (bad flags, plan values, component specs, files and data records). Anything else is a
/// bug and fails loudly with its stack trace.
/// </summary>
public static class ErrorReport
{
    public static bool IsUserError(Exception e) => e is UsageException;
}
