using Evaluate.Suites.Downloads;

namespace Evaluate.Suites.OmniMath;

/// <summary>The pinned upstream file behind the Omni-MATH (rule-checkable subset) suite (listed in <see cref="DatasetSources"/>).</summary>
public static class OmniMathSource
{
    public static DatasetSource Source { get; } = new("omni-math", "omni-math-rule/test.jsonl",
        "https://raw.githubusercontent.com/KbsdJames/omni-math-rule/4793415ef37d31c9cdb4e5b82dbe172f76f8cf08/omni_math_rule.jsonl",
        "d566d5b5a9865a04b507fdc4c0669cf0ff391748e13f190ecc925e78b584b172");
}
