using System.Diagnostics;
using Evaluate.Core.Running;

namespace Evaluate.Cli.Terminal;

/// <summary>Progress as plain lines (for CI logs and pipes): one at each tenth of a cell, with an ETA.</summary>
public sealed class PlainProgress(TextWriter output) : IRunProgress
{
    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = new();
    private int _total, _done, _startedAt, _lastDecile;

    public void CellStarted(RunKey key, int problems, int alreadyDone)
    {
        lock (_gate)
        {
            (_total, _done, _startedAt, _lastDecile) = (problems, alreadyDone, alreadyDone, alreadyDone * 10 / Math.Max(1, problems));
            _clock.Restart();
            output.WriteLine($"[{key}] {problems} problems{(alreadyDone > 0 ? $", {alreadyDone} already done" : "")}");
        }
    }

    public void ProblemDone(RunKey key, ProblemRecord record)
    {
        lock (_gate)
        {
            _done++;
            var decile = _done * 10 / Math.Max(1, _total);
            if (decile == _lastDecile && _done != _total) return;
            _lastDecile = decile;
            var rate = (_done - _startedAt) / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
            var eta = rate > 0 ? TimeSpan.FromSeconds((_total - _done) / rate) : TimeSpan.Zero;
            output.WriteLine($"[{key}] {_done}/{_total} ({100 * _done / Math.Max(1, _total)}%), eta {eta:mm\\:ss}");
        }
    }

    public void CellFinished(RunKey key) { }
}
