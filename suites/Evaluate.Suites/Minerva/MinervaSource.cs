using Evaluate.Suites.Downloads;

namespace Evaluate.Suites.Minerva;

/// <summary>The pinned upstream file behind the Minerva Math suite (listed in <see cref="DatasetSources"/>).</summary>
public static class MinervaSource
{
    public static DatasetSource Source { get; } = new("minerva-math", MinervaSuite.RelativePath,
        "https://raw.githubusercontent.com/QwenLM/Qwen2.5-Math/a45202bd16f1ec06f433442dc1152d0074773465/evaluation/data/minerva_math/test.jsonl",
        "0e656b430d3a0a1dab6aa853f453ba3805e28e2cabe4fc72486a897cc09d8ba2");
}
