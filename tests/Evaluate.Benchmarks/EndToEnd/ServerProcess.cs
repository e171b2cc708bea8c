using System.Diagnostics;

namespace Evaluate.Benchmarks.EndToEnd;

/// <summary>The fixed-completion server in a child process: its address and its CPU time, read between phases.</summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    /// <summary>Including <c>/v1</c>.</summary>
    public string BaseUrl { get; }

    public TimeSpan Cpu
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static ServerProcess Start()
    {
        var process = ChildProcess.Start("serve-fixed");
        var url = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("the server did not start: " + process.StandardError.ReadToEnd());
        return new ServerProcess(process, url.Trim());
    }

    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(10_000)) _process.Kill();
        _process.Dispose();
    }
}
