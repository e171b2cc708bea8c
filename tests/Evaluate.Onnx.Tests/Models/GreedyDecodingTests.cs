using Evaluate.Adapters.Onnx.Tokenization;
using Evaluate.Onnx.Tests.Fixtures;

namespace Evaluate.Onnx.Tests.Models;

public sealed class GreedyDecodingTests : BigramModelTests
{
    [Test]
    public async Task Greedy_output_is_the_tables_chain_with_and_without_a_key_value_cache([Values] bool cache)
    {
        using var model = Specs.Model(Folders.For(cache));
        var completion = (await model.GenerateAsync(Specs.Request(), CancellationToken.None)).Completions.Single();
        Assert.Multiple(() =>
        {
            Assert.That(model.Graph.Cache is not null, Is.EqualTo(cache), "the cache is detected from the graph's inputs");
            Assert.That(completion.Text, Is.EqualTo(BigramModel.GreedyText));
            Assert.That(completion.FinishReason, Is.EqualTo("stop"), "ended on the end-of-text id");
            Assert.That(completion.Usage.CompletionTokens, Is.EqualTo(6), "five words and the end-of-text token");
            Assert.That(completion.Usage.PromptTokens, Is.EqualTo(TokenizerJson.Load(Path.Combine(Folders.For(cache), "tokenizer.json")).Encode("Question?\n\n").Count));
        });
    }

    [Test]
    public async Task Turning_the_cache_off_on_a_cached_graph_gives_the_same_samples()
    {
        using var cached = Specs.Model(Folders.For(true));
        using var uncached = Specs.Model(Folders.For(true), ("kv_cache", "off"));
        var request = Specs.Request(n: 4, temperature: 1, seed: 3, topLogprobs: 0);
        var a = (await cached.GenerateAsync(request, CancellationToken.None)).Completions;
        var b = (await uncached.GenerateAsync(request, CancellationToken.None)).Completions;
        Assert.That(b.Select(c => c.Text), Is.EqualTo(a.Select(c => c.Text)));
        Assert.That(b.SelectMany(c => c.Logprobs!).Select(l => l.Logprob), Is.EqualTo(a.SelectMany(c => c.Logprobs!).Select(l => l.Logprob)).Within(1e-5));
        Assert.That(uncached.Descriptor.Parameters["kv_cache"], Is.EqualTo("off"));
    }

    [Test]
    public async Task The_default_chatml_template_ends_with_the_open_assistant_turn()
    {
        using var model = Evaluate.Adapters.Onnx.Models.OnnxModelAdapter.Create(Specs.Of(Folders.For(false)), _ => { });
        var completion = (await model.GenerateAsync(Specs.Request(), CancellationToken.None)).Completions.Single();
        var expectedPrompt = "<|im_start|>user\nQuestion?<|im_end|>\n<|im_start|>assistant\n";
        var tokenizer = TokenizerJson.Load(Path.Combine(Folders.For(false), "tokenizer.json"));
        Assert.That(completion.Text, Is.EqualTo(BigramModel.GreedyText));
        Assert.That(completion.Usage.PromptTokens, Is.EqualTo(tokenizer.Encode(expectedPrompt).Count));
        Assert.That(tokenizer.Encode(expectedPrompt)[0], Is.EqualTo(TestTokenizer.Instance.Id("<|im_start|>")), "markers are single added tokens");
    }

    [Test]
    public async Task A_partial_assistant_turn_is_continued_from_where_it_stops([Values] bool cache)
    {
        using var model = Specs.Model(Folders.For(cache));
        Assert.That(model.SupportsContinuation, Is.True);
        var completion = (await model.GenerateAsync(Specs.Request(prefix: "The answer"), CancellationToken.None)).Completions.Single();
        Assert.That(completion.Text, Is.EqualTo(" is 24."));
    }

    [Test]
    public async Task The_token_limit_truncates_and_says_so()
    {
        using var model = Specs.Model(Folders.For(true));
        var completion = (await model.GenerateAsync(Specs.Request(maxTokens: 3), CancellationToken.None)).Completions.Single();
        Assert.That(completion.Text, Is.EqualTo("The answer is"));
        Assert.That(completion.Truncated, Is.True);
        Assert.That(completion.Usage.CompletionTokens, Is.EqualTo(3));
    }

    [Test]
    public void A_cancelled_request_stops_with_a_cancellation()
    {
        using var model = Specs.Model(Folders.For(true));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.That(async () => await model.GenerateAsync(Specs.Request(), cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task The_context_length_cuts_the_completion_and_refuses_a_prompt_that_does_not_fit()
    {
        using var folder = new TempFolder();
        var promptTokens = TokenizerJson.Load(Path.Combine(Folders.For(false), "tokenizer.json")).Encode("Question?\n\n").Count;
        BigramModel.Write(folder.Path, new BigramVariant(ContextLength: promptTokens + 3));
        using var model = Specs.Model(folder.Path);
        var completion = (await model.GenerateAsync(Specs.Request(), CancellationToken.None)).Completions.Single();
        Assert.That(completion.Text, Is.EqualTo("The answer is"));
        Assert.That(completion.FinishReason, Is.EqualTo("length"));
        var tooLong = Specs.Request() with { Messages = [Evaluate.Core.Models.ChatMessage.User("Question? Question?")] };
        Assert.That(() => model.GenerateAsync(tooLong, CancellationToken.None),
            Throws.ArgumentException.With.Message.Contains("config.json").And.Message.Contains("max_position_embeddings"));
    }
}
