using BenchmarkDotNet.Attributes;
using Evaluate.Adapters.Onnx.Models;
using Evaluate.Core.Models;
using Evaluate.Onnx.TestModels;

namespace Evaluate.Benchmarks.Onnx;

/// <summary>
/// One request of n=8 samples to the in-process <c>onnx</c> adapter on the test bigram model (its endless variant, so
/// every sample runs to the token limit): batched (one batch of 8) against unbatched (8 batches of 1), with and
/// without the key/value cache. MaxTokens=1 measures the first-token latency (prompt pass + one sampled token);
/// MaxTokens=128 gives throughput: 8 x 128 tokens divided by the mean. The model is tiny, so these figures measure
/// the adapter's own overhead (session runs, sampling, decoding), not a real network's compute.
/// </summary>
[MemoryDiagnoser]
public class OnnxDecodingBenchmarks
{
    private TempFolder _folder = null!;
    private OnnxModelAdapter _model = null!;
    private GenerationRequest _request = null!;

    [Params(1, 128)]
    public int MaxTokens { get; set; }

    [Params(1, 8)]
    public int BatchSize { get; set; }

    [Params("on", "off")]
    public string KeyValueCache { get; set; } = "on";

    [GlobalSetup]
    public void Setup()
    {
        _folder = new TempFolder();
        BigramModel.Write(_folder.Path, new BigramVariant(KeyValueCache: true, Endless: true));
        _model = Specs.Model(_folder.Path, ("batch_size", BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("kv_cache", KeyValueCache));
        _request = Specs.Request(n: 8, temperature: 0.8, seed: 1, maxTokens: MaxTokens);
        // The figures are per token only if every sample really runs to the limit.
        if (Generate() != 8 * MaxTokens) throw new InvalidOperationException("the endless test model stopped before the token limit");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _model.Dispose();
        _folder.Dispose();
    }

    [Benchmark]
    public int Generate() => _model.GenerateAsync(_request, CancellationToken.None).GetAwaiter().GetResult().Completions.Sum(c => c.Usage.CompletionTokens);
}
