using Evaluate.Adapters.Onnx.Tokenization;

namespace Evaluate.Adapters.Onnx.Rewards;

/// <summary>The ids of the tokens a reward model reads: the step tag (process rewards) and, for a language-model head, the good and bad label tokens.</summary>
public sealed record RewardTokens(int? Step, int? Good, int? Bad)
{
    public static RewardTokens Resolve(TextTokenizer tokenizer, OnnxRewardOptions options)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(options);
        int? step = options.Kind == RewardKind.Process ? Require(tokenizer, options.StepTokenParameter, options.StepToken!) : null;
        if (options.Head != RewardHead.LanguageModel) return new RewardTokens(step, null, null);
        var good = Require(tokenizer, "good", options.Good!);
        var bad = Require(tokenizer, "bad", options.Bad!);
        if (good == bad)
            throw new ArgumentException($"{tokenizer.Path}: good '{options.Good}' and bad '{options.Bad}' are the same token (id {good}): the score would always be 0.5");
        return new RewardTokens(step, good, bad);
    }

    /// <summary>
    /// The text as the tokenizer encodes it when that is one token (Math-Shepherd's published code takes the ids the same
    /// way: ки, + and - each encode to one token of its tokenizer), else the exact vocabulary entry (e.g. Ġ+), for a token
    /// whose text starts with a space a spec cannot carry.
    /// </summary>
    private static int Require(TextTokenizer tokenizer, string parameter, string text) =>
        tokenizer.IdOf(text)
        ?? tokenizer.VocabularyId(text)
        ?? throw new ArgumentException($"{tokenizer.Path}: {parameter} '{text}' is not a single token of this tokenizer (it encodes to {tokenizer.Encode(text, addSpecialTokens: false).Count} tokens)");
}
