using Evaluate.Adapters.Onnx.Tokenization;

namespace Evaluate.Onnx.Tests.Layouts;

/// <summary>A written model folder with the prompt the adapter renders for <see cref="Specs.Request"/> (plain template), as ids.</summary>
internal sealed class LayoutFolder : IDisposable
{
    public const int Steps = 16;
    private readonly TempFolder _folder = new();

    public LayoutFolder(Action<string> write, string graphFile)
    {
        write(_folder.Path);
        Graph = _folder.File(graphFile);
        Tokenizer = TokenizerJson.Load(_folder.File("tokenizer.json"));
        Prompt = Tokenizer.Encode("Question?\n\n");
    }

    public string Path => _folder.Path;
    public string Graph { get; }
    public TextTokenizer Tokenizer { get; }
    public IReadOnlyList<int> Prompt { get; }

    public string ReferenceText() => Tokenizer.Decode(ReferenceDecoder.Uncached(Graph, Prompt, Steps));

    /// <summary>The text of a cached decode that makes <paramref name="fault"/>, or the runtime's refusal.</summary>
    public string CachedText(FeedingFault fault)
    {
        try
        {
            return Tokenizer.Decode(ReferenceDecoder.Cached(Graph, Prompt, Steps, fault));
        }
        catch (Microsoft.ML.OnnxRuntime.OnnxRuntimeException e)
        {
            return $"(refused: {e.Message})";
        }
    }

    public void Dispose() => _folder.Dispose();
}
