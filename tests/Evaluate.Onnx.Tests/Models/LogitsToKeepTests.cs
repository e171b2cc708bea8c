using Evaluate.Adapters.Onnx.Decoding;

namespace Evaluate.Onnx.Tests.Models;

/// <summary>
/// Newer transformers/optimum exports take <c>num_logits_to_keep</c> (or <c>logits_to_keep</c>): the graph computes
/// logits for the last k positions only (0 keeps them all). The adapter feeds 1 in every pass, so a pass returns
/// [rows, 1, vocab]; the test graph slices as transformers does, and the forward-pass hook sees the length it returned.
/// </summary>
public sealed class LogitsToKeepTests
{
    [Test]
    public async Task A_declared_logits_to_keep_input_is_fed_1_and_the_text_and_logprobs_are_unchanged(
        [Values("num_logits_to_keep", "logits_to_keep")] string name, [Values] bool scalar, [Values("on", "off")] string cache)
    {
        using var folder = new TempFolder();
        using var reference = new TempFolder();
        PrefillModel.Write(folder.Path, new PrefillVariant(LogitsToKeep: name, ScalarLogitsToKeep: scalar, LogitsReadCache: true));
        PrefillModel.Write(reference.Path, new PrefillVariant(LogitsReadCache: true));
        using var model = Specs.Model(folder.Path, ("kv_cache", cache));
        using var full = Specs.Model(reference.Path, ("kv_cache", cache));
        var passes = new List<ForwardPass>();
        model.ForwardPassRun += passes.Add;
        var request = Specs.Request(n: 4, temperature: 1, seed: 3, topLogprobs: 1);
        var kept = (await model.GenerateAsync(request, CancellationToken.None)).Completions;
        var expected = (await full.GenerateAsync(request, CancellationToken.None)).Completions;
        Assert.That(passes, Is.Not.Empty.And.All.Matches<ForwardPass>(p => p.LogitsPositions == 1), "only the last position's logits were computed");
        Assert.That(passes[0].NewTokens, Is.GreaterThan(1), "the prompt pass fed several tokens and still got one position back");
        Assert.That(kept.Select(c => c.Text), Is.EqualTo(expected.Select(c => c.Text)));
        Assert.That(kept.SelectMany(c => c.Logprobs!).Select(l => l.Logprob), Is.EqualTo(expected.SelectMany(c => c.Logprobs!).Select(l => l.Logprob)).Within(1e-6));
    }
}
