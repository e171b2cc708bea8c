using System.Text.RegularExpressions;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Foundations;

/// <summary>
/// Finds where test code starts a child process and whether that test carries the Process category (which
/// `run.ps1 test --fast` leaves out). A text check: the category may sit on the test method or on its class.
/// </summary>
public static partial class ChildProcessUse
{
    /// <summary>
    /// The helpers that start a child process, by file, with the calls that start one (their other members run in
    /// process). A new file that starts a process must be added here or be a test with the category itself.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> Helpers = new Dictionary<string, string[]>
    {
        ["tests/Evaluate.Tests/Support/CliProcess.cs"] = ["CliProcess.Start(", "CliProcess.RunAsync("],
        ["tests/Evaluate.Tests/Scale/ShardedRuns.cs"] = ["ShardedRuns.Start(", "ShardedRuns.RunAsync("],
        ["tests/Evaluate.Tests/Docs/DocRun.cs"] = ["new DocRun("],
        ["tests/Evaluate.Onnx.Tests/Packaging/ProjectEvaluation.cs"] = ["ProjectEvaluation.PackageReferences("],
    };

    private static readonly string[] Direct = ["Process.Start(", "new ProcessStartInfo"];

    /// <summary>Whether <paramref name="line"/> starts a child process, directly or through a helper.</summary>
    public static bool Starts(string line) =>
        !TestSources.IsComment(line) && Direct.Concat(Helpers.Values.SelectMany(calls => calls)).Any(line.Contains);

    /// <summary>
    /// Lines (1-based) of <paramref name="lines"/> that start a child process in a test whose method and class both lack
    /// the Process category.
    /// </summary>
    public static IEnumerable<int> Uncategorised(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
            if (Starts(lines[i]) && !HasCategory(AttributesAbove(lines, Member(lines, i))) && !HasCategory(AttributesAbove(lines, Class(lines, i))))
                yield return i + 1;
    }

    /// <summary>Whether a file is a test fixture (helpers are checked where they are called).</summary>
    public static bool IsFixture(string[] lines) => lines.Any(line => TestAttribute().IsMatch(line));

    private static bool HasCategory(IEnumerable<string> attributes) => attributes.Any(a => ProcessCategory().IsMatch(a));

    // The nearest declaration above: a class, or a member with an access modifier (local functions and lambdas have none).
    private static int Class(string[] lines, int from) => Above(lines, from, ClassDeclaration());

    private static int Member(string[] lines, int from) => Above(lines, from, MemberDeclaration());

    private static int Above(string[] lines, int from, Regex declaration)
    {
        for (var i = from; i >= 0; i--)
            if (declaration.IsMatch(lines[i])) return i;
        return -1;
    }

    private static IEnumerable<string> AttributesAbove(string[] lines, int declaration)
    {
        for (var i = declaration - 1; i >= 0; i--)
        {
            var trimmed = lines[i].TrimStart();
            if (trimmed.StartsWith("//", StringComparison.Ordinal)) continue;
            if (!trimmed.StartsWith('[')) yield break;
            yield return trimmed;
        }
    }

    [GeneratedRegex(@"Category\(\s*(?:\w+\.)*Process\s*\)|Category\(\s*""Process""\s*\)")]
    private static partial Regex ProcessCategory();

    [GeneratedRegex(@"^\s*\[(?:.*[\s,])?(?:Test|TestCase|TestCaseSource)\b")]
    private static partial Regex TestAttribute();

    [GeneratedRegex(@"^\s*(?:(?:public|internal|private|protected|sealed|static|abstract|partial)\s+)*(?:class|record)\s+\w+")]
    private static partial Regex ClassDeclaration();

    [GeneratedRegex(@"^\s*(?:public|internal|private|protected)\s[^=;]*\(")]
    private static partial Regex MemberDeclaration();
}
