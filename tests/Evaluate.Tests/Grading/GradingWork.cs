using Evaluate.Suites.Grading;

namespace Evaluate.Tests.Grading;

/// <summary>
/// The work grading did on this thread between <see cref="Start"/> and <see cref="Stop"/>, as counts: steps granted to
/// and spent from <see cref="WorkBudget"/>s, and bytes allocated. Counts are the same on an idle and a loaded machine,
/// which a time is not. The checkers are synchronous, so all their work happens on the calling thread.
/// </summary>
internal readonly struct GradingWork
{
    private readonly long _granted, _steps, _allocated;

    private GradingWork(long granted, long steps, long allocated) => (_granted, _steps, _allocated) = (granted, steps, allocated);

    public static GradingWork Start() =>
        new(WorkBudget.StepsGrantedOnThisThread, WorkBudget.StepsSpentOnThisThread, GC.GetAllocatedBytesForCurrentThread());

    public Spent Stop() => new(
        WorkBudget.StepsGrantedOnThisThread - _granted,
        WorkBudget.StepsSpentOnThisThread - _steps,
        GC.GetAllocatedBytesForCurrentThread() - _allocated);

    public readonly record struct Spent(long Granted, long Steps, long AllocatedBytes)
    {
        public override string ToString() => $"{Steps} of {Granted} steps, {AllocatedBytes / 1024} KiB";
    }
}
