using Evaluate.Adapters.Onnx.Decoding;

namespace Evaluate.Onnx.Tests.Decoding;

public sealed class TokenSamplerTests
{
    private static readonly float[] Logits = [0f, 2f, 2f, 1f];

    [Test]
    public void Greedy_takes_the_largest_logit_and_breaks_ties_by_the_lowest_id() =>
        Assert.That(TokenSampler.Choose(Logits, new SamplingSettings(0, 1, 0), new Random(1)), Is.EqualTo(1));

    [Test]
    public void Top_k_never_samples_outside_the_k_most_likely()
    {
        var random = new Random(4);
        var drawn = Enumerable.Range(0, 500).Select(_ => TokenSampler.Choose(Logits, new SamplingSettings(5, 1, 2), random)).ToHashSet();
        Assert.That(drawn, Is.EquivalentTo(new[] { 1, 2 }));
    }

    [Test]
    public void Top_p_keeps_the_smallest_prefix_reaching_the_mass()
    {
        var random = new Random(4);
        float[] logits = [MathF.Log(0.1f), MathF.Log(0.6f), MathF.Log(0.3f)];
        var drawn = Enumerable.Range(0, 500).Select(_ => TokenSampler.Choose(logits, new SamplingSettings(1, 0.85, 0), random)).ToHashSet();
        Assert.That(drawn, Is.EquivalentTo(new[] { 1, 2 }), "0.6 + 0.3 reaches 0.85; the 0.1 token is cut");
    }

    [Test]
    public void Temperature_sampling_follows_the_softmax()
    {
        var random = new Random(7);
        float[] logits = [0f, MathF.Log(3f)];
        var ones = Enumerable.Range(0, 4000).Count(_ => TokenSampler.Choose(logits, new SamplingSettings(1, 1, 0), random) == 1);
        Assert.That(ones / 4000.0, Is.EqualTo(0.75).Within(0.03));
    }
}
