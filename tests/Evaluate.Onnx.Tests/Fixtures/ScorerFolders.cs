namespace Evaluate.Onnx.Tests.Fixtures;

/// <summary>The outcome and the process variant of the test scorer, written once per test class.</summary>
public sealed class ScorerFolders : IDisposable
{
    private readonly TempFolder _outcome = new();
    private readonly TempFolder _process = new();

    public ScorerFolders()
    {
        ScorerModel.Write(_outcome.Path, perStep: false);
        ScorerModel.Write(_process.Path, perStep: true);
    }

    public string Outcome => _outcome.Path;
    public string Process => _process.Path;

    public void Dispose()
    {
        _outcome.Dispose();
        _process.Dispose();
    }
}
