using static Evaluate.Onnx.TestModels.TinyTransformerShape;

namespace Evaluate.Onnx.Tests.Layouts;

/// <summary>
/// An onnxruntime-genai model-builder folder (genai_config.json, GroupQueryAttention with rotary inside, seqlens_k and
/// total_sequence_length computed from attention_mask, no position_ids) in float32 and float16: the adapter's greedy
/// text must equal a whole-sequence reference decode, and the graph must notice swapped caches and a wrong mask length.
/// </summary>
public sealed class BuilderLayoutTests
{
    [Test]
    public async Task The_adapters_greedy_text_equals_a_whole_sequence_reference_decode(
        [ValueSource(typeof(LayoutCases), nameof(LayoutCases.BuilderPrecisions))] TensorPrecision precision, [Values] bool cache)
    {
        using var folder = new LayoutFolder(path => TinyBuilderModel.Write(path, precision), TinyBuilderModel.GraphFile);
        var expected = folder.ReferenceText();
        using var model = Specs.Model(folder.Path, ("kv_cache", cache ? "on" : "off"));
        var completions = (await model.GenerateAsync(Specs.Request(n: 2, maxTokens: LayoutFolder.Steps), CancellationToken.None)).Completions;
        Assert.Multiple(() =>
        {
            Assert.That(completions.Select(c => c.Text), Is.EqualTo(new[] { expected, expected }));
            Assert.That(completions.Select(c => c.Usage.CompletionTokens), Is.All.EqualTo(LayoutFolder.Steps));
            Assert.That(model.Graph.HasPositionIds, Is.False, "rotary positions come from the mask inside GroupQueryAttention");
            Assert.That(model.Graph.Cache?.Layers, Is.EqualTo(Layers));
            Assert.That(model.Graph.Cache?.Heads, Is.EqualTo(KeyValueHeads));
            Assert.That(model.Graph.Cache?.HeadDimension, Is.EqualTo(HeadSize));
        });
    }

    [Test]
    public void A_cached_decode_that_feeds_the_graph_wrongly_does_not_write_the_reference_text(
        [ValueSource(typeof(LayoutCases), nameof(LayoutCases.BuilderMistakes))] FeedingFault fault)
    {
        using var folder = new LayoutFolder(path => TinyBuilderModel.Write(path), TinyBuilderModel.GraphFile);
        var expected = folder.ReferenceText();
        Assert.That(folder.CachedText(FeedingFault.None), Is.EqualTo(expected), "fed right, the test's cached loop matches the reference");
        Assert.That(folder.CachedText(fault), Is.Not.EqualTo(expected), $"{fault} went unnoticed: the graph could not catch that mistake in the adapter");
    }
}
