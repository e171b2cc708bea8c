using System.Diagnostics;

namespace Evaluate.Benchmarks.EndToEnd;

/// <summary>This benchmark program started again as a child with another command (server, or a verb measured alone).</summary>
public static class ChildProcess
{
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        // Under `dotnet Evaluate.Benchmarks.dll` the process path is dotnet itself: pass the assembly again.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return Process.Start(start) ?? throw new InvalidOperationException("could not start the child process");
    }
}
