namespace Evaluate.Onnx.Tests.Fixtures;

/// <summary>One folder with the plain bigram model and one with its key/value-cache variant, written once per test class.</summary>
public sealed class BigramFolders : IDisposable
{
    private readonly TempFolder _plain = new();
    private readonly TempFolder _cached = new();

    public BigramFolders()
    {
        BigramModel.Write(_plain.Path);
        BigramModel.Write(_cached.Path, new BigramVariant(KeyValueCache: true));
    }

    public string For(bool keyValueCache) => keyValueCache ? _cached.Path : _plain.Path;

    public void Dispose()
    {
        _plain.Dispose();
        _cached.Dispose();
    }
}
