using System.Diagnostics;

namespace Evaluate.Tests.Support;

/// <summary>
/// Runs the real `evaluate` CLI (evaluate.dll, copied beside the tests) as a child process, as a user would,
/// with EVALUATE_DATA pointing nowhere unless a test says otherwise.
/// </summary>
public static class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "evaluate.dll");

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    public static Process Start(string workingDirectory, params string[] args)
    {
        Directory.CreateDirectory(workingDirectory);
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["EVALUATE_DATA"] = Path.Combine(workingDirectory, "no-data-here");
        info.Environment["CI"] = "true";
        return Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
    }
}
