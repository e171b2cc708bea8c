using Evaluate.Suites.Downloads;

namespace Evaluate.Suites.OlympiadBench;

/// <summary>The pinned upstream file behind the OlympiadBench suite (listed in <see cref="DatasetSources"/>).</summary>
public static class OlympiadBenchSource
{
    public static DatasetSource Source { get; } = new("olympiadbench", OlympiadBenchSuite.RelativePath,
        "https://raw.githubusercontent.com/QwenLM/Qwen2.5-Math/a45202bd16f1ec06f433442dc1152d0074773465/evaluation/data/olympiadbench/test.jsonl",
        "bb8c1e38a16ea9eacb77530315a674d883f267fbff79183effc53681b4fcc416");
}
