using System.Diagnostics;

namespace Evaluate.Benchmarks.EndToEnd;

/// <summary>This benchmark program started again as a child with another command (server, or a verb measured alone).</summary>
public static class ChildProcess
{
    public static Process Start(params string[] args) => Start(args, null, redirect: true);

    /// <param name="environment">A variable set for the child (and so for its own children).</param>
    /// <param name="redirect">Pipe the child's standard streams to this process; otherwise it shares this console.</param>
    public static Process Start(string[] args, (string Name, string Value)? environment, bool redirect)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = redirect, RedirectStandardOutput = redirect, RedirectStandardError = redirect, UseShellExecute = false,
        };
        if (environment is { } variable) start.Environment[variable.Name] = variable.Value;
        // Under `dotnet Evaluate.Benchmarks.dll` the process path is dotnet itself: pass the assembly again.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return Process.Start(start) ?? throw new InvalidOperationException("could not start the child process");
    }
}
