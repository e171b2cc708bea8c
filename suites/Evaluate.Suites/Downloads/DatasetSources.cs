namespace Evaluate.Suites.Downloads;

/// <summary>
/// The pinned upstream files behind the built-in suites (the same table as the README's "Datasets" section).
/// Raw GitHub URLs at fixed commits, so the bytes cannot change under a pinned SHA-256.
/// </summary>
public static class DatasetSources
{
    public static IReadOnlyList<DatasetSource> All { get; } =
    [
        new("gsm8k", "gsm8k/test.jsonl",
            "https://raw.githubusercontent.com/openai/grade-school-math/3101c7d5072418e28b9008a6636bde82a006892c/grade_school_math/data/test.jsonl",
            "3730d312f6e3440559ace48831e51066acaca737f6eabec99bccb9e4b3c39d14"),
        new("math500", "math500/test.jsonl",
            "https://raw.githubusercontent.com/KbsdJames/omni-math-rule/4793415ef37d31c9cdb4e5b82dbe172f76f8cf08/evaluation/data/math/test.jsonl",
            "35dc41080a3680858b27fa7e0533d2d547825316fc5dafe5d316f4ccc5a06132"),
        new("omni-math", "omni-math-rule/test.jsonl",
            "https://raw.githubusercontent.com/KbsdJames/omni-math-rule/4793415ef37d31c9cdb4e5b82dbe172f76f8cf08/omni_math_rule.jsonl",
            "d566d5b5a9865a04b507fdc4c0669cf0ff391748e13f190ecc925e78b584b172"),
        new("game24", "game24/24.csv",
            "https://raw.githubusercontent.com/princeton-nlp/tree-of-thought-llm/ab400345c5ea39d28ea6d7d3be0e417b11113c87/src/tot/data/24/24.csv",
            "b9f12b3e36d987a3c714c4cef17d89a137d7c59da26532fcfb93b4821d8111b5"),
        // The full MATH test set (Hendrycks et al. 2021) ships only as this archive. Its SHA-256 could not be
        // verified from here, so it is unpinned: fetching needs --allow-unpinned, and the first verified download's
        // hash is recorded in datasets.lock (trust on first use; see docs/data.md).
        new("math", "math/MATH.tar", "https://people.eecs.berkeley.edu/~hendrycks/MATH.tar", null, ExtractTo: "math", ArchivePrefix: "MATH/", Optional: true),
    ];

    /// <summary>The sources of the named suites; every built-in non-optional one when none is named.</summary>
    public static IReadOnlyList<DatasetSource> Select(IReadOnlyCollection<string> suites)
    {
        if (suites.Count == 0) return All.Where(s => !s.Optional).ToList();
        foreach (var name in suites)
            if (All.All(s => s.Suite != name))
                throw new ArgumentException($"no downloadable data for suite '{name}'; known: {string.Join(", ", All.Select(s => s.Suite))}");
        return All.Where(s => suites.Contains(s.Suite)).ToList();
    }
}
