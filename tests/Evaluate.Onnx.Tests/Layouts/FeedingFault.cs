namespace Evaluate.Onnx.Tests.Layouts;

/// <summary>One deliberate mistake a decode loop could make when it feeds a cached graph (or none).</summary>
public enum FeedingFault
{
    None,
    /// <summary>Layer i's past is the other layer's present.</summary>
    SwappedLayers,
    /// <summary>Each past key is the layer's present value and the other way round.</summary>
    SwappedKeyAndValue,
    /// <summary>position_ids start at 0 on every step instead of at the past length.</summary>
    PositionsRestartAtZero,
    /// <summary>position_ids one ahead of the right ones.</summary>
    PositionsOneAhead,
    /// <summary>attention_mask covers only the new tokens, not past + new.</summary>
    MaskOfNewTokensOnly,
    /// <summary>attention_mask one longer than past + new.</summary>
    MaskOneTooLong,
    /// <summary>use_cache_branch left false after the first step.</summary>
    CacheBranchOff,
}
