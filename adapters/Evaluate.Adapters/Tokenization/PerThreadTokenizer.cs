using Microsoft.ML.Tokenizers;

namespace Evaluate.Adapters.Tokenization;

/// <summary>
/// One <see cref="TiktokenTokenizer"/> per thread. Every tokenizer instance guards its encode cache with a lock, so one
/// instance shared by the run's threads made them queue on every pre-token (10–12% of CPU in traces, issue 12).
/// Instances are cheap: the library loads an encoding's vocabulary once per process and shares it; only the cache is
/// per instance. Creation is serialised because the library writes the special tokens into the shared decoder.
/// </summary>
internal sealed class PerThreadTokenizer
{
    private static readonly Lock Creating = new();
    private readonly string _encoding;
    private readonly ThreadLocal<TiktokenTokenizer> _instances;

    /// <param name="first">An instance already created (and so the encoding already checked) for the calling thread.</param>
    public PerThreadTokenizer(string encoding, TiktokenTokenizer first)
    {
        _encoding = encoding;
        _instances = new ThreadLocal<TiktokenTokenizer>(Create) { Value = first };
    }

    public TiktokenTokenizer Current => _instances.Value!;

    private TiktokenTokenizer Create()
    {
        lock (Creating) return TiktokenTokenizer.CreateForEncoding(_encoding);
    }
}
