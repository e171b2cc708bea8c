namespace Evaluate.Core.Running;

/// <summary>Receives progress from the runner (the CLI draws a bar or prints lines).</summary>
public interface IRunProgress
{
    void CellStarted(RunKey key, int problems, int alreadyDone);
    void ProblemDone(RunKey key, ProblemRecord record);
    void CellFinished(RunKey key);
}

/// <summary>Progress that goes nowhere, for tests and library use.</summary>
public sealed class SilentProgress : IRunProgress
{
    public static SilentProgress Instance { get; } = new();
    public void CellStarted(RunKey key, int problems, int alreadyDone) { }
    public void ProblemDone(RunKey key, ProblemRecord record) { }
    public void CellFinished(RunKey key) { }
}
