using Evaluate.Core.Running;
using Spectre.Console;

namespace Evaluate.Cli.Terminal;

/// <summary>A live progress bar per cell with remaining time, for interactive terminals; labels fit the <paramref name="layout"/>.</summary>
public sealed class SpectreProgress(ProgressContext context, ProgressLayout layout) : IRunProgress
{
    private readonly Dictionary<RunKey, ProgressTask> _tasks = new();
    private readonly Lock _gate = new();

    public void CellStarted(RunKey key, int problems, int alreadyDone)
    {
        lock (_gate)
        {
            var task = context.AddTask(Markup.Escape(layout.Label(key)), maxValue: Math.Max(1, problems));
            task.Value = alreadyDone;
            _tasks[key] = task;
        }
    }

    public void ProblemDone(RunKey key, ProblemRecord record)
    {
        lock (_gate) _tasks[key].Increment(1);
    }

    public void CellFinished(RunKey key)
    {
        lock (_gate) _tasks[key].StopTask();
    }
}
