using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Evaluate.Core;
using Evaluate.Core.Files;

namespace Evaluate.Cli;

/// <summary>
/// The CLI's one failure model. An expected failure (the user's input, or the machine's: a missing or unreadable
/// file, no space left, a port in use) becomes an exit code and one line naming the file and the cause and what to do;
/// no stack trace reaches the user. Anything else is a bug: exit <see cref="ExitCodes.InternalError"/>, one line asking
/// for a report, and the full trace in a file whose path that line gives.
/// </summary>
public static class ErrorReport
{
    public static bool IsUserError(Exception e) => e is UsageException;

    /// <summary>The exit code and message of an expected failure; null when <paramref name="e"/> is a bug.</summary>
    public static (int Code, string Message)? Expected(Exception e)
    {
        if (e is AggregateException { InnerExceptions.Count: 1 } aggregate) return Expected(aggregate.InnerExceptions[0]);
        return e switch
        {
            UsageException => (ExitCodes.BadInput, e.Message),
            _ when NoSpace.Is(e) => (ExitCodes.RunStopped,
                $"no space left on the device: {OneLine(e.Message)}. Nothing was left half-written under a final name; free some space " +
                "(or write elsewhere with --out) and run again (a run continues with --resume)"),
            FileNotFoundException f => (ExitCodes.BadInput, $"{f.FileName ?? OneLine(f.Message)}: no such file"),
            DirectoryNotFoundException => (ExitCodes.BadInput, $"{OneLine(e.Message)} (no such directory)"),
            UnauthorizedAccessException => (ExitCodes.BadInput, $"permission denied: {OneLine(e.Message)}: check the file's permissions, or choose another path"),
            PathTooLongException => (ExitCodes.BadInput, OneLine(e.Message)),
            DecoderFallbackException => (ExitCodes.BadInput, $"a file is not valid UTF-8: {OneLine(e.Message)}"),
            SocketException s when s.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied or SocketError.AddressNotAvailable =>
                (ExitCodes.BadInput, $"cannot listen: {OneLine(s.Message)}: choose another --port (0 picks a free one)"),
            System.Data.Common.DbException => (ExitCodes.BadInput, $"a database file (--history or --cache) cannot be used: {OneLine(e.Message)}"),
            IOException { InnerException: SocketException socket } => (ExitCodes.BadInput, $"network error: {OneLine(socket.Message)}: is the address right and reachable?"),
            // The operating system refused a read or write (read-only file system, I/O error, a file locked by
            // another program): the machine's to fix, not a bug.
            IOException => (ExitCodes.BadInput, $"cannot read or write a file: {OneLine(e.Message)}"),
            _ => null,
        };
    }

    /// <summary>
    /// Writes the full trace of a bug to a file (the temporary folder) and returns the one line the user sees. Only the
    /// verb is recorded of the command line: its flags may hold a key.
    /// </summary>
    public static string ReportBug(Exception e, IReadOnlyList<string> args)
    {
        string? traceFile = null;
        try
        {
            traceFile = Path.Combine(Path.GetTempPath(),
                $"evaluate-crash-{DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}.txt");
            File.WriteAllText(traceFile,
                $"evaluate {Composition.RunJob.ToolVersion} on {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, " +
                $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}\nverb: {(args.Count > 0 ? args[0] : "(none)")}\n\n{e}\n");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            traceFile = null;
        }
        var where = traceFile is null ? "(the trace could not be written)" : $"with the trace written to {traceFile}";
        return $"internal error (a bug in evaluate, exit {ExitCodes.InternalError}): {OneLine(e.Message)}. Please report it, {where}";
    }

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.EndsWith('.') ? line[..^1] : line;
    }
}
