using BenchmarkDotNet.Attributes;
using Evaluate.Adapters.Tokenization;
using Evaluate.Core.Analysis;

namespace Evaluate.Benchmarks.Analysis;

/// <summary>
/// Times of the hostile analysis inputs whose tests bound work as counts (ResponseAnalyzerTests,
/// TiktokenTokenizationTests): a time is measured here, where a loaded machine makes it slower rather than failing.
/// </summary>
[MemoryDiagnoser]
public class HostileAnalysisBenchmarks
{
    private string _hostileResponse = "";
    private string _unspacedText = "";

    [GlobalSetup]
    public void Setup()
    {
        _hostileResponse = string.Concat(Enumerable.Repeat("\\boxed{{{ = 1\n#### answer is ", 60_000)) + new string('{', 300_000);
        _unspacedText = string.Concat(Enumerable.Range(0, 300_000).Select(i => (char)(0x4E00 + i * 7 % 2000)));
        _ = TiktokenTokenCounter.Default.CountTokens("load the vocabulary outside the measurement");
    }

    /// <summary>Two million characters of answer statements and open braces: clipped, 200 rounds analysed.</summary>
    [Benchmark]
    public int HostileResponse() =>
        new ResponseAnalyzer(ApproximateTokenPositionMapper.Instance).Analyze(_hostileResponse, null, "stop",
            answer => answer.Trim() == "5", (a, b) => a.Trim() == b.Trim()).Rounds;

    /// <summary>300 k CJK characters without a space: o200k count and token map, cut into bounded pieces.</summary>
    [Benchmark]
    public int UnspacedText() => TiktokenTokenCounter.Default.CountTokens(_unspacedText) + TiktokenTokenCounter.Default.Map(_unspacedText).TotalTokens;
}
