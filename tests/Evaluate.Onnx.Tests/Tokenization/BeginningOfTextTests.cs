using Evaluate.Adapters.Onnx.Rewards;
using Evaluate.Core.Problems;

namespace Evaluate.Onnx.Tests.Tokenization;

/// <summary>
/// Where the post-processor's BOS goes: once, at the start of a whole prompt. A text that already starts with it
/// (a chat template writing bos_token) gets no second one; pieces encoded on their own (a reward prompt's steps,
/// a token looked up by text) get none.
/// </summary>
public sealed class BeginningOfTextTests
{
    private const int Bos = Llama3TokenizerTests.BeginOfText;
    private const int StepTag = Llama3TokenizerTests.EndOfTurn;
    private static readonly Problem Problem = new("p1", "hi", "1", new ProblemMeta(null, null, 0));

    [Test]
    public void A_continuation_encoded_without_special_tokens_has_no_bos()
    {
        var tokenizer = SmallTokenizer.Load(Llama3TokenizerTests.Document());
        // " hello" is the vocabulary word 300 (Llama3TokenizerTests): alone it is [300], as a prompt [BOS, 300].
        Assert.That(tokenizer.Encode(" hello", addSpecialTokens: false), Is.EqualTo(new[] { 300 }));
        Assert.That(tokenizer.Encode(" hello"), Is.EqualTo(new[] { Bos, 300 }));
        Assert.That(tokenizer.IdOf(" hello"), Is.EqualTo(300), "a single token looked up by its text");
    }

    [Test]
    public void A_process_reward_prompt_gets_bos_once_at_its_start()
    {
        var tokenizer = SmallTokenizer.Load(Llama3TokenizerTests.Document());
        var sequence = new RewardPrompt(tokenizer, StepTag).Process(Problem, ["hello", " hello"]);
        // "hi\n\n" → BOS, 'h' 104, 'i' 105, "\n\n" 10 10; step "hello" → 258, 111; step " hello" → 300; each step tagged.
        Assert.That(sequence.Ids, Is.EqualTo(new[] { Bos, 104, 105, 10, 10, 258, 111, StepTag, 300, StepTag }));
        Assert.That(sequence.ScorePositions, Is.EqualTo(new[] { 7, 9 }));
    }

    [Test]
    public void An_outcome_reward_prompt_gets_bos_once_at_its_start()
    {
        var tokenizer = SmallTokenizer.Load(Llama3TokenizerTests.Document());
        var sequence = new RewardPrompt(tokenizer, null).Outcome(Problem, "hello");
        Assert.That(sequence.Ids, Is.EqualTo(new[] { Bos, 104, 105, 10, 10, 258, 111 }));
    }
}
