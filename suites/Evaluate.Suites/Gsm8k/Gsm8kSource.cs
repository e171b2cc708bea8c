using Evaluate.Suites.Downloads;

namespace Evaluate.Suites.Gsm8k;

/// <summary>The pinned upstream file behind the GSM8K suite (listed in <see cref="DatasetSources"/>).</summary>
public static class Gsm8kSource
{
    public static DatasetSource Source { get; } = new("gsm8k", "gsm8k/test.jsonl",
        "https://raw.githubusercontent.com/openai/grade-school-math/3101c7d5072418e28b9008a6636bde82a006892c/grade_school_math/data/test.jsonl",
        "3730d312f6e3440559ace48831e51066acaca737f6eabec99bccb9e4b3c39d14");
}
