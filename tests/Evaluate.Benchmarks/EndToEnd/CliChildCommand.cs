using System.Diagnostics;
using System.Globalization;
using Evaluate.Cli;
using Evaluate.Composition;

namespace Evaluate.Benchmarks.EndToEnd;

/// <summary>
/// `cli VERB ARGS…`: one `evaluate` command in a process of its own, so that its peak memory is its alone. Prints
/// "measured WALL_S CPU_S PEAK_BYTES EXIT" as its last line (the command's own output is discarded).
/// </summary>
public static class CliChildCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var cpuBefore = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var code = await CliApp.InvokeAsync(args, Registries.CreateDefault(), TextWriter.Null, Console.Error, CancellationToken.None);
        clock.Stop();
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"measured {clock.Elapsed.TotalSeconds} {(self.TotalProcessorTime - cpuBefore).TotalSeconds} {self.PeakWorkingSet64} {code}"));
        return code;
    }

    /// <summary>Runs the command as a child and reads its last line.</summary>
    public static (double WallSeconds, double CpuSeconds, long PeakBytes) Measure(params string[] args)
    {
        using var child = ChildProcess.Start(["cli", .. args]);
        child.StandardInput.Close();
        var errors = child.StandardError.ReadToEndAsync();
        var last = "";
        while (child.StandardOutput.ReadLine() is { } line) last = line;
        child.WaitForExit();
        var parts = last.Split(' ');
        if (parts.Length != 5 || parts[0] != "measured" || parts[4] != "0")
            throw new InvalidOperationException($"`evaluate {string.Join(' ', args)}` failed: {last} {errors.Result}");
        return (double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture), long.Parse(parts[3], CultureInfo.InvariantCulture));
    }
}
