using System.Diagnostics;

namespace Evaluate.Benchmarks.EndToEnd;

/// <summary>Wall time and this process's CPU time (and the server's, when one runs) over one phase.</summary>
public readonly record struct Measurement(TimeSpan Wall, TimeSpan Cpu, TimeSpan ServerCpu)
{
    public static async Task<Measurement> OfAsync(Func<Task> phase, ServerProcess? server = null)
    {
        using var self = Process.GetCurrentProcess();
        var serverBefore = server?.Cpu ?? TimeSpan.Zero;
        self.Refresh();
        var cpuBefore = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await phase();
        clock.Stop();
        self.Refresh();
        return new Measurement(clock.Elapsed, self.TotalProcessorTime - cpuBefore, (server?.Cpu ?? TimeSpan.Zero) - serverBefore);
    }

    public double PerSecond(long count) => count / Wall.TotalSeconds;

    public double CpuMicrosecondsEach(long count) => Cpu.TotalMicroseconds / count;
}
