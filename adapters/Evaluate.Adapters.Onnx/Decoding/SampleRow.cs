using Evaluate.Adapters.Onnx.Tokenization;
using Evaluate.Core.Models;

namespace Evaluate.Adapters.Onnx.Decoding;

/// <summary>
/// One sample being decoded: its own random stream (seeded from seed + sample index), the tokens so far, their
/// logprobs and, once it ends, the text and finish reason. Rows of a batch never read each other's state, which is
/// why a batch of n equals n single decodes.
/// </summary>
internal sealed class SampleRow(long seed, DecodeLimits limits, TextTokenizer tokenizer)
{
    private readonly Random _random = new(unchecked((int)(seed ^ (seed >>> 32))));
    private readonly List<int> _tokens = [];
    private readonly List<TokenLogprob>? _logprobs = limits.TopLogprobs is null ? null : [];

    public bool Done { get; private set; }
    public string FinishReason { get; private set; } = "length";
    public string Text { get; private set; } = "";
    public int TokenCount => _tokens.Count;
    public IReadOnlyList<TokenLogprob>? Logprobs => _logprobs;
    public int LastToken => _tokens.Count == 0 ? -1 : _tokens[^1];

    public void Advance(ReadOnlySpan<float> logits, SamplingSettings sampling)
    {
        var token = TokenSampler.Choose(logits, sampling, _random);
        _tokens.Add(token);
        if (_logprobs is not null) _logprobs.Add(Logprob(logits, token));
        if (limits.EndOfSequence.Contains(token))
        {
            Finish("stop", tokenizer.Decode(_tokens.Take(_tokens.Count - 1)));
            return;
        }
        if (limits.Stop.Count > 0)
        {
            var text = tokenizer.Decode(_tokens);
            var at = StopStrings.FirstMatch(text, limits.Stop);
            if (at >= 0)
            {
                Finish("stop", text[..at]);
                return;
            }
        }
        if (_tokens.Count >= limits.MaxTokens) Finish("length", tokenizer.Decode(_tokens));
    }

    private void Finish(string reason, string text)
    {
        Done = true;
        FinishReason = reason;
        Text = text;
    }

    private TokenLogprob Logprob(ReadOnlySpan<float> logits, int token)
    {
        var normalizer = LogSoftmax.Normalizer(logits);
        var top = LogSoftmax.Top(logits, normalizer, limits.TopLogprobs ?? 0)
            .Select(t => (tokenizer.TokenText(t.Id), t.Logprob)).ToList();
        return new TokenLogprob(tokenizer.TokenText(token), logits[token] - normalizer, top);
    }
}
