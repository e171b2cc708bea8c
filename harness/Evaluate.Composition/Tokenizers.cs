using Evaluate.Adapters.Tokenization;
using Evaluate.Core.Analysis;
using Evaluate.Core.Models;

namespace Evaluate.Composition;

/// <summary>The run's tokenizer by name: a tiktoken encoding (default o200k_base) or "approx" (no tokenizer data).</summary>
public static class Tokenizers
{
    public static (ITokenCounter Counter, ITokenPositionMapper Positions) Create(string name)
    {
        if (name == "approx") return (ApproximateTokenCounter.Instance, ApproximateTokenPositionMapper.Instance);
        var tiktoken = name == TiktokenTokenCounter.DefaultEncoding ? TiktokenTokenCounter.Default : new TiktokenTokenCounter(name);
        return (tiktoken, tiktoken);
    }
}
