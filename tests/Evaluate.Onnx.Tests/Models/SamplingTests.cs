using Evaluate.Core.Models;
using Evaluate.Onnx.Tests.Fixtures;

namespace Evaluate.Onnx.Tests.Models;

public sealed class SamplingTests : BigramModelTests
{
    [Test]
    public async Task A_seed_reproduces_its_samples_and_sample_indices_differ()
    {
        using var model = Specs.Model(Folders.For(true));
        var first = await Texts(model, Specs.Request(n: 8, temperature: 1, seed: 11));
        var again = await Texts(model, Specs.Request(n: 8, temperature: 1, seed: 11));
        var otherSeed = await Texts(model, Specs.Request(n: 8, temperature: 1, seed: 12));
        Assert.That(again, Is.EqualTo(first));
        Assert.That(first.Distinct().Count(), Is.GreaterThan(1), "sample i draws from seed + i, not from one shared seed");
        Assert.That(otherSeed.Take(7), Is.EqualTo(first.Skip(1)), "seed 12's sample i is seed 11's sample i + 1");
    }

    [Test]
    public async Task Batched_n_8_equals_8_single_decodes_with_seeds_base_plus_i([Values] bool cache, [Values(8, 3)] int batchSize)
    {
        using var model = Specs.Model(Folders.For(cache), ("batch_size", batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await BatchedVersusSingles.AssertEqualAsync(model, temperature: 0.9);
    }

    [Test]
    public async Task Logprobs_sum_to_the_sequence_log_likelihood_under_the_table([Values(0.0, 1.0)] double temperature)
    {
        using var model = Specs.Model(Folders.For(true));
        var completions = (await model.GenerateAsync(Specs.Request(n: 4, temperature: temperature, seed: 5, topLogprobs: 3), CancellationToken.None)).Completions;
        foreach (var completion in completions)
        {
            var previous = TestTokenizer.Instance.Id("\n");
            double expected = 0;
            foreach (var logprob in completion.Logprobs!)
            {
                var token = logprob.Token.Length == 0 ? BigramModel.EndOfText : TestTokenizer.Instance.Id(logprob.Token);
                expected += BigramModel.LogProbability(previous, token);
                previous = token;
            }
            Assert.That(completion.Logprobs!.Sum(l => l.Logprob), Is.EqualTo(expected).Within(1e-4));
            Assert.That(completion.Logprobs, Has.Count.EqualTo(completion.Usage.CompletionTokens));
            Assert.That(completion.Logprobs!.All(l => l.TopAlternatives.Count == 3), Is.True);
        }
    }

    [Test]
    public async Task Top_alternatives_start_with_the_most_likely_token()
    {
        using var model = Specs.Model(Folders.For(false));
        var first = (await model.GenerateAsync(Specs.Request(topLogprobs: 2), CancellationToken.None)).Completions.Single().Logprobs![0];
        Assert.That(first.TopAlternatives[0].Token, Is.EqualTo("The"));
        Assert.That(first.TopAlternatives[0].Logprob, Is.EqualTo(first.Logprob));
        Assert.That(first.TopAlternatives[1].Logprob, Is.LessThan(first.Logprob));
    }

    [Test]
    public async Task Top_k_1_and_a_tiny_top_p_sample_the_greedy_text()
    {
        using var topK = Specs.Model(Folders.For(false), ("top_k", "1"));
        using var plain = Specs.Model(Folders.For(false));
        Assert.That(await Texts(topK, Specs.Request(n: 4, temperature: 1.5, seed: 9)), Is.All.EqualTo(BigramModel.GreedyText));
        Assert.That(await Texts(plain, Specs.Request(n: 4, temperature: 1.5, seed: 9, topP: 0.01)), Is.All.EqualTo(BigramModel.GreedyText));
        Assert.That(await Texts(plain, Specs.Request(n: 4, temperature: 1.5, seed: 9)), Has.Some.Not.EqualTo(BigramModel.GreedyText), "without the filters the same seeds stray");
    }

    private static async Task<List<string>> Texts(IModelAdapter model, GenerationRequest request) =>
        (await model.GenerateAsync(request, CancellationToken.None)).Completions.Select(c => c.Text).ToList();
}
