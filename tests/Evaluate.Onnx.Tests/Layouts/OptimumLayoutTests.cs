using Microsoft.ML.OnnxRuntime.Tensors;
using static Evaluate.Onnx.TestModels.TinyTransformerShape;

namespace Evaluate.Onnx.Tests.Layouts;

/// <summary>
/// Hugging Face optimum's decoder layouts (text-generation-with-past model.onnx, the legacy decoder_model_merged.onnx
/// with use_cache_branch, text-generation without a cache) on a two-layer grouped-query transformer with float32,
/// float16 and bfloat16 caches: the adapter's greedy text must equal a whole-sequence reference decode of the same
/// graph, and the graph must notice each way of feeding it wrongly (so equal text means the feeding was right).
/// </summary>
public sealed class OptimumLayoutTests
{
    [TestCaseSource(typeof(LayoutCases), nameof(LayoutCases.OptimumDecodes))]
    public async Task The_adapters_greedy_text_equals_a_whole_sequence_reference_decode(TinyTransformerVariant variant, bool cache)
    {
        using var folder = new LayoutFolder(path => TinyTransformer.Write(path, variant), variant.GraphFile);
        var expected = folder.ReferenceText();
        using var model = Specs.Model(folder.Path, ("kv_cache", cache ? "on" : "off"));
        var completions = (await model.GenerateAsync(Specs.Request(n: 2, maxTokens: LayoutFolder.Steps), CancellationToken.None)).Completions;
        Assert.Multiple(() =>
        {
            Assert.That(completions.Select(c => c.Text), Is.EqualTo(new[] { expected, expected }), "both rows of the batch decode the reference text");
            Assert.That(completions.Select(c => c.Usage.CompletionTokens), Is.All.EqualTo(LayoutFolder.Steps));
            Assert.That(model.Graph.Path, Does.EndWith(variant.GraphFile));
            Assert.That(model.Graph.HasPositionIds, Is.True);
            Assert.That(model.Graph.HasCacheBranch, Is.EqualTo(variant.Layout == OptimumLayout.MergedDecoder));
        });
        if (variant.Layout == OptimumLayout.WithoutPast)
        {
            Assert.That(model.Graph.Cache, Is.Null);
            return;
        }
        Assert.That(model.Graph.Cache, Is.Not.Null);
        Assert.That(model.Graph.Cache!.Layers, Is.EqualTo(Layers));
        Assert.That(model.Graph.Cache.Heads, Is.EqualTo(KeyValueHeads), "the cache has the KV heads, not the attention heads");
        Assert.That(model.Graph.Cache.HeadDimension, Is.EqualTo(HeadSize));
        Assert.That(model.Graph.Cache.ElementType, Is.EqualTo(variant.Cache switch
        {
            TensorPrecision.Float16 => TensorElementType.Float16,
            TensorPrecision.BFloat16 => TensorElementType.BFloat16,
            _ => TensorElementType.Float,
        }));
    }

    [TestCaseSource(typeof(LayoutCases), nameof(LayoutCases.OptimumMistakes))]
    public void A_cached_decode_that_feeds_the_graph_wrongly_does_not_write_the_reference_text(TinyTransformerVariant variant, FeedingFault fault)
    {
        using var folder = new LayoutFolder(path => TinyTransformer.Write(path, variant), variant.GraphFile);
        var expected = folder.ReferenceText();
        Assert.That(folder.CachedText(FeedingFault.None), Is.EqualTo(expected), "fed right, the test's cached loop matches the reference");
        Assert.That(folder.CachedText(fault), Is.Not.EqualTo(expected), $"{fault} went unnoticed: the graph could not catch that mistake in the adapter");
    }
}
