using System.Text.Json;
using Evaluate.Core.Problems;

namespace Evaluate.Benchmarks.Grading;

/// <summary>
/// Realistic grading pairs: every MATH-500 gold against generated equivalent and non-equivalent
/// variants (boxed in a sentence, \dfrac, decimals, reordered sums, perturbed values).
/// </summary>
public static class GradingWorkload
{
    // Used when ../shared/datasets is absent, so the benchmark still runs.
    private static readonly string[] FallbackGolds =
    [
        "\\frac{14}{3}", "3", "(3, \\frac{\\pi}{2})", "p - q", "\\text{Evelyn}", "2 \\sqrt{5}", "x^3+3x-6", "(-\\infty, 0]",
        "\\begin{pmatrix} -1/3 \\\\ 2/3 \\\\ 5/3 \\end{pmatrix}", "1 \\pm \\sqrt{19}", "28\\%", "10,\\!080", "204_5", "30^\\circ",
    ];

    public static IReadOnlyList<string> MathGolds() => Golds("math500/test.jsonl");

    /// <summary>The Omni-MATH golds (harder notation than MATH-500's), or the MATH-500 fallback without the datasets.</summary>
    public static IReadOnlyList<string> OmniMathGolds() => Golds("omni-math-rule/test.jsonl");

    private static IReadOnlyList<string> Golds(string relative)
    {
        var path = DatasetPath(relative);
        if (path is null) return FallbackGolds;
        var golds = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            golds.Add(doc.RootElement.GetProperty("answer").GetString()!);
        }
        return golds;
    }

    private static string? DatasetPath(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Evaluate.sln"))) continue;
            var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "datasets", relative));
            return File.Exists(path) ? path : null;
        }
        return null;
    }

    /// <summary>(problem, full response) pairs; about half are equivalent to the gold.</summary>
    public static List<(Problem Problem, string Response)> Pairs()
    {
        var pairs = new List<(Problem, string)>();
        foreach (var gold in MathGolds())
        {
            var problem = new Problem("b", "", gold, ProblemMeta.None);
            foreach (var variant in Variants(gold))
                pairs.Add((problem, variant));
        }
        return pairs;
    }

    private static IEnumerable<string> Variants(string gold)
    {
        yield return $"Putting everything together, the final answer is $\\boxed{{{gold}}}$.";
        yield return gold.Replace("\\frac", "\\dfrac", StringComparison.Ordinal);
        yield return $"The answer is {{{gold}}}";
        if (SwapTopLevelSum(gold) is { } swapped) yield return $"\\boxed{{{swapped}}}";
        if (SimpleFractionAsDecimal(gold) is { } dec) yield return $"So we get \\boxed{{{dec}}}.";
        yield return $"\\boxed{{{gold} + 1}}";
        yield return $"Hence \\boxed{{{PerturbDigit(gold)}}}.";
        yield return "<think>Let me think about this step by step.</think>\\boxed{2}";
    }

    /// <summary>"a + b" becomes "b + a" for plain sums (no relations, lists, ± or top-level minus, where a swap would change the meaning).</summary>
    private static string? SwapTopLevelSum(string s)
    {
        foreach (var blocker in new[] { "=", "<", ">", ",", "\\pm", "\\cup", "\\le", "\\ge", "\\in", "\\text", "\\mbox" })
            if (s.Contains(blocker, StringComparison.Ordinal)) return null;
        int level = 0;
        for (int i = 1; i < s.Length; i++)
        {
            if (s[i] is '{' or '(' or '[') level++;
            else if (s[i] is '}' or ')' or ']') level--;
            else if (s[i] == '-' && level == 0) return null;
        }
        int depth = 0;
        for (int i = 1; i < s.Length - 1; i++)
        {
            char c = s[i];
            if (c is '{' or '(' or '[') depth++;
            else if (c is '}' or ')' or ']') depth--;
            else if (c == '+' && depth == 0) return s[(i + 1)..].Trim() + " + " + s[..i].Trim();
        }
        return null;
    }

    private static string? SimpleFractionAsDecimal(string s)
    {
        var t = s.Replace("\\dfrac", "\\frac", StringComparison.Ordinal);
        if (!t.StartsWith("\\frac{", StringComparison.Ordinal)) return null;
        var parts = t[6..].TrimEnd('}').Split("}{");
        if (parts.Length != 2 || !int.TryParse(parts[0], out int n) || !int.TryParse(parts[1], out int d) || d == 0) return null;
        return ((double)n / d).ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string PerturbDigit(string s)
    {
        int i = s.IndexOfAny("123456789".ToCharArray());
        return i < 0 ? s + "+2" : s[..i] + (char)('0' + (s[i] - '0') % 9 + 1) + s[(i + 1)..];
    }
}
