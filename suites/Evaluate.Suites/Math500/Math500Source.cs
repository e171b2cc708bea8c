using Evaluate.Suites.Downloads;

namespace Evaluate.Suites.Math500;

/// <summary>The pinned upstream file behind the MATH-500 suite (listed in <see cref="DatasetSources"/>).</summary>
public static class Math500Source
{
    public static DatasetSource Source { get; } = new("math500", "math500/test.jsonl",
        "https://raw.githubusercontent.com/KbsdJames/omni-math-rule/4793415ef37d31c9cdb4e5b82dbe172f76f8cf08/evaluation/data/math/test.jsonl",
        "35dc41080a3680858b27fa7e0533d2d547825316fc5dafe5d316f4ccc5a06132");
}
