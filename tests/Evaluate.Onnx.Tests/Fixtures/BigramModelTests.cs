namespace Evaluate.Onnx.Tests.Fixtures;

/// <summary>Base of the test classes that run the bigram model: its two folders (plain and cached) are written once per class.</summary>
public abstract class BigramModelTests
{
    protected BigramFolders Folders { get; private set; } = null!;

    [OneTimeSetUp] public void WriteModels() => Folders = new BigramFolders();
    [OneTimeTearDown] public void DeleteModels() => Folders.Dispose();
}
