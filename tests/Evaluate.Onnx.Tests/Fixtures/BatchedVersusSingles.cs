using Evaluate.Adapters.Onnx.Models;
using Evaluate.Core.Models;

namespace Evaluate.Onnx.Tests.Fixtures;

/// <summary>
/// The property every decode-loop change must keep: a request for 8 samples decoded as a batch equals 8 requests of one
/// sample with seeds base + i (text, usage and log probabilities), and the samples are not all the greedy one.
/// </summary>
public static class BatchedVersusSingles
{
    public static async Task AssertEqualAsync(OnnxModelAdapter model, double temperature)
    {
        var batched = (await model.GenerateAsync(Specs.Request(n: 8, temperature: temperature, seed: 100, topLogprobs: 2), CancellationToken.None)).Completions;
        var singles = new List<Completion>();
        for (var i = 0; i < 8; i++)
            singles.Add((await model.GenerateAsync(Specs.Request(n: 1, temperature: temperature, seed: 100 + i, topLogprobs: 2), CancellationToken.None)).Completions.Single());
        Assert.That(batched.Select(c => c.Text), Is.EqualTo(singles.Select(c => c.Text)));
        Assert.That(batched.Select(c => c.Usage), Is.EqualTo(singles.Select(c => c.Usage)));
        Assert.That(batched.SelectMany(c => c.Logprobs!).Select(l => l.Logprob),
            Is.EqualTo(singles.SelectMany(c => c.Logprobs!).Select(l => l.Logprob)).Within(1e-6));
        Assert.That(batched.Select(c => c.Text).Distinct().Count(), Is.GreaterThan(1), "the samples are not all the greedy one");
    }
}
