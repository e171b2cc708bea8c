using Evaluate.Core.Models;

namespace Evaluate.Core.Running;

/// <summary>
/// Watches problem outcomes as they finish and stops a run that cannot succeed: the first
/// <see cref="FailFastAfter"/> problems failing with the same permanent error (a wrong key or URL, a dead endpoint)
/// stop it at once; otherwise more errored problems than the <see cref="ErrorLimit"/> allows stop it.
/// </summary>
public sealed class ErrorWatch(ErrorLimit limit, int plannedProblems)
{
    public const int FailFastAfter = 3;

    private readonly Lock _gate = new();
    private int _attempted, _errors, _answered, _permanentStreak;
    private (int? Status, string Kind)? _permanent;

    public void Observe(ModelCallException? failure)
    {
        lock (_gate)
        {
            _attempted++;
            if (failure is null)
            {
                _answered++;
                _permanentStreak = 0;
                return;
            }
            _errors++;
            if (_answered == 0 && failure.IsPermanentForRun)
            {
                var kind = (failure.StatusCode, failure.InnerException?.GetType().Name ?? "");
                _permanentStreak = _permanent == kind ? _permanentStreak + 1 : 1;
                _permanent = kind;
                if (_permanentStreak >= Math.Min(FailFastAfter, Math.Max(1, plannedProblems)))
                    throw new RunAbortedException($"stopped: the first {_permanentStreak} problems failed with the same permanent error, so no call can succeed: {failure.Message}", failure);
            }
            if (limit.IsExceeded(_errors, _attempted))
                throw new RunAbortedException($"stopped: {_errors} of {_attempted} problems failed (more than --max-errors {limit} allows); last error: {failure.Message}", failure);
        }
    }
}
