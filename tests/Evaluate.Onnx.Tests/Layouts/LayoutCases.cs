namespace Evaluate.Onnx.Tests.Layouts;

/// <summary>The export layouts the layout tests run, and which feeding mistakes each one must notice.</summary>
internal static class LayoutCases
{
    public static TinyTransformerVariant[] Optimum { get; } =
    [
        new(OptimumLayout.WithPast),
        new(OptimumLayout.WithPast, TensorPrecision.Float16, TensorPrecision.Float16),
        new(OptimumLayout.WithPast, TensorPrecision.BFloat16),
        new(OptimumLayout.MergedDecoder),
        new(OptimumLayout.MergedDecoder, TensorPrecision.Float16, TensorPrecision.Float16),
        new(OptimumLayout.WithoutPast),
    ];

    public static IEnumerable<TestCaseData> OptimumDecodes() =>
        from variant in Optimum
        from cache in new[] { true, false }
        select new TestCaseData(variant, cache).SetArgDisplayNames(variant.ToString(), cache ? "kv_cache=on" : "kv_cache=off");

    public static IEnumerable<TestCaseData> OptimumMistakes()
    {
        TestCaseData Case(TinyTransformerVariant variant, FeedingFault fault) => new TestCaseData(variant, fault).SetArgDisplayNames(variant.ToString(), fault.ToString());
        foreach (var fault in new[] { FeedingFault.SwappedLayers, FeedingFault.SwappedKeyAndValue, FeedingFault.PositionsRestartAtZero,
                     FeedingFault.PositionsOneAhead, FeedingFault.MaskOfNewTokensOnly, FeedingFault.MaskOneTooLong })
            yield return Case(Optimum[0], fault);
        foreach (var variant in new[] { Optimum[1], Optimum[2] })
            foreach (var fault in new[] { FeedingFault.SwappedLayers, FeedingFault.PositionsOneAhead, FeedingFault.MaskOfNewTokensOnly })
                yield return Case(variant, fault);
        yield return Case(Optimum[3], FeedingFault.CacheBranchOff);
        yield return Case(Optimum[3], FeedingFault.SwappedLayers);
    }

    public static TensorPrecision[] BuilderPrecisions { get; } = [TensorPrecision.Float32, TensorPrecision.Float16];

    /// <summary>The builder graph has no position_ids (positions come from the mask inside GroupQueryAttention).</summary>
    public static FeedingFault[] BuilderMistakes { get; } =
        [FeedingFault.SwappedLayers, FeedingFault.SwappedKeyAndValue, FeedingFault.MaskOfNewTokensOnly, FeedingFault.MaskOneTooLong];
}
