using Evaluate.Onnx.Tests.Fixtures;
using Evaluate.Adapters.Onnx.Decoding;
using Evaluate.Adapters.Onnx.Models;
using Evaluate.Core.Models;
using DataType = Onnx.TensorProto.Types.DataType;

namespace Evaluate.Onnx.Tests.Decoding;

/// <summary>
/// The shared prompt is prefilled once, as one row (in chunks through the cache), and the cache is then copied to
/// the batch's rows. Counted with the adapter's forward-pass hook, never timed. The graph's logits read every cached
/// key, so a cache that is wrong, mis-chunked or mis-expanded changes the sampled text.
/// </summary>
public sealed class PrefillTests
{
    private TempFolder _folder = null!;

    [OneTimeSetUp]
    public void Write()
    {
        _folder = new TempFolder();
        foreach (var type in new[] { DataType.Float, DataType.Float16, DataType.Bfloat16 })
        {
            Directory.CreateDirectory(Folder(type));
            PrefillModel.Write(Folder(type), new PrefillVariant(LogitsReadCache: true, CacheType: type));
        }
        Directory.CreateDirectory(_folder.File("table-only"));
        PrefillModel.Write(_folder.File("table-only"), new PrefillVariant());
    }

    [OneTimeTearDown]
    public void Delete() => _folder.Dispose();

    [Test]
    public async Task With_a_cache_the_prompt_is_fed_once_as_one_row_and_each_later_pass_feeds_one_token_per_row()
    {
        using var model = Specs.Model(Folder(DataType.Float), ("batch_size", "8"));
        var passes = Record(model);
        var result = await model.GenerateAsync(Specs.Request(n: 8, temperature: 1, seed: 4, maxTokens: 5), CancellationToken.None);
        var prompt = result.Completions[0].Usage.PromptTokens;
        Assert.That(passes[0], Is.EqualTo(new ForwardPass(1, prompt, 0, prompt)), "one row carries the whole (short) prompt");
        Assert.That(passes.Skip(1), Is.Not.Empty.And.All.Matches<ForwardPass>(p => p.Rows == 8 && p.NewTokens == 1));
        Assert.That(passes.Skip(1).Select(p => p.PastLength), Is.EqualTo(Enumerable.Range(prompt, passes.Count - 1)), "the expanded cache holds the prompt");
    }

    [Test]
    public async Task Without_a_cache_the_first_pass_is_one_row_and_later_passes_feed_whole_sequences()
    {
        using var model = Specs.Model(Folder(DataType.Float), ("batch_size", "8"), ("kv_cache", "off"));
        var passes = Record(model);
        var result = await model.GenerateAsync(Specs.Request(n: 8, temperature: 1, seed: 4, maxTokens: 5), CancellationToken.None);
        var prompt = result.Completions[0].Usage.PromptTokens;
        Assert.That(passes[0], Is.EqualTo(new ForwardPass(1, prompt, 0, prompt)));
        Assert.That(passes.Skip(1).Select(p => (p.Rows, p.NewTokens, p.PastLength)),
            Is.EqualTo(Enumerable.Range(1, passes.Count - 1).Select(t => (8, prompt + t, 0))));
    }

    [Test]
    public async Task A_prompt_longer_than_the_chunk_is_prefilled_in_chunks_and_samples_the_same_text()
    {
        using var chunked = Specs.Model(Folder(DataType.Float), ("prefill_chunk", "3"));
        using var whole = Specs.Model(Folder(DataType.Float), ("prefill_chunk", "0"));
        var passes = Record(chunked);
        var wholePasses = Record(whole);
        var request = Specs.Request(n: 4, temperature: 1, seed: 21, topLogprobs: 0, prefix: "The answer is 24. The answer");
        var a = (await chunked.GenerateAsync(request, CancellationToken.None)).Completions;
        var b = (await whole.GenerateAsync(request, CancellationToken.None)).Completions;
        var prompt = a[0].Usage.PromptTokens;
        var prefill = passes.TakeWhile(p => p.Rows == 1).ToList();
        Assert.That(prompt, Is.GreaterThan(6), "the prompt spans several chunks");
        Assert.That(prefill.Select(p => p.PastLength), Is.EqualTo(Enumerable.Range(0, (prompt + 2) / 3).Select(i => 3 * i)));
        Assert.That(prefill.Select(p => p.NewTokens), Is.All.LessThanOrEqualTo(3));
        Assert.That(prefill.Sum(p => p.NewTokens), Is.EqualTo(prompt));
        Assert.That(wholePasses[0], Is.EqualTo(new ForwardPass(1, prompt, 0, prompt)), "prefill_chunk=0 feeds the prompt in one pass");
        Assert.That(a.Select(c => c.Text), Is.EqualTo(b.Select(c => c.Text)));
        Assert.That(a.SelectMany(c => c.Logprobs!).Select(l => l.Logprob), Is.EqualTo(b.SelectMany(c => c.Logprobs!).Select(l => l.Logprob)).Within(1e-5));
    }

    [Test]
    public async Task N_samples_decoded_as_one_batch_after_a_shared_prefill_equal_n_single_row_requests(
        [Values(DataType.Float, DataType.Float16, DataType.Bfloat16)] DataType cacheType)
    {
        using var model = Specs.Model(Folder(cacheType), ("batch_size", "8"));
        await BatchedVersusSingles.AssertEqualAsync(model, temperature: 1);
    }

    [Test]
    public async Task The_expanded_cache_gives_what_feeding_whole_sequences_gives_for_every_cache_element_type(
        [Values(DataType.Float, DataType.Float16, DataType.Bfloat16)] DataType cacheType)
    {
        var request = Specs.Request(n: 8, temperature: 1, seed: 7, topLogprobs: 0);
        using var cached = Specs.Model(Folder(cacheType));
        using var uncached = Specs.Model(Folder(DataType.Float), ("kv_cache", "off"));
        using var tableOnly = Specs.Model(_folder.File("table-only"));
        var expected = (await uncached.GenerateAsync(request, CancellationToken.None)).Completions;
        var actual = (await cached.GenerateAsync(request, CancellationToken.None)).Completions;
        var withoutContext = (await tableOnly.GenerateAsync(request, CancellationToken.None)).Completions;
        Assert.That(actual.Select(c => c.Text), Is.EqualTo(expected.Select(c => c.Text)));
        Assert.That(actual.SelectMany(c => c.Logprobs!).Select(l => l.Logprob), Is.EqualTo(expected.SelectMany(c => c.Logprobs!).Select(l => l.Logprob)).Within(1e-5));
        Assert.That(withoutContext.Select(c => c.Text), Is.Not.EqualTo(expected.Select(c => c.Text)), "the cached keys change the text, so this test can see a wrong cache");
    }

    private string Folder(DataType type) => _folder.File(type.ToString());

    private static List<ForwardPass> Record(OnnxModelAdapter model)
    {
        var passes = new List<ForwardPass>();
        model.ForwardPassRun += passes.Add;
        return passes;
    }
}
