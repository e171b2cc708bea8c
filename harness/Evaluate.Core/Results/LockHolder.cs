using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Evaluate.Core.Results;

/// <summary>Who holds a run directory: enough to find the process, and to tell it from a later one with its pid.</summary>
public sealed record LockHolder(
    [property: JsonPropertyName("pid")] int Pid,
    [property: JsonPropertyName("host")] string Host,
    [property: JsonPropertyName("process_started_utc")] DateTime ProcessStartedUtc,
    [property: JsonPropertyName("locked_utc")] DateTime LockedUtc)
{
    public static LockHolder OfThisProcess()
    {
        using var process = Process.GetCurrentProcess();
        return new(Environment.ProcessId, Environment.MachineName, process.StartTime.ToUniversalTime(), DateTime.UtcNow);
    }

    public static LockHolder? TryRead(string path)
    {
        try { return JsonSerializer.Deserialize<LockHolder>(File.ReadAllBytes(path)); }
        catch (JsonException) { return null; }
        catch (IOException) { return null; }
    }

    /// <summary>
    /// False only when the holder is certainly gone: on this host, no process has its pid, or the one that has it
    /// started at another time (the pid was reused). A holder on another host may be running.
    /// </summary>
    public bool MayBeRunning()
    {
        if (!string.Equals(Host, Environment.MachineName, StringComparison.OrdinalIgnoreCase)) return true;
        try
        {
            using var process = Process.GetProcessById(Pid);
            return Math.Abs((process.StartTime.ToUniversalTime() - ProcessStartedUtc).TotalSeconds) < 2;
        }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
        catch (System.ComponentModel.Win32Exception) { return true; }
    }

    public override string ToString() =>
        $"pid {Pid} on {Host}, started {LockedUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC";
}
