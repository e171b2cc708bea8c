using System.Text.RegularExpressions;

namespace Evaluate.Tests.Foundations;

/// <summary>
/// Recognises a wall-clock bound in test code: a stopwatch, a cancellation or NUnit attribute that limits time, or an
/// elapsed time or a millisecond count compared with a limit. (A computed TimeSpan's seconds, such as a retry delay the
/// test injected, are not a clock and are not matched.) Such a test fails on a loaded machine without anything being wrong; work is
/// bounded as counts instead, and times belong to the benchmarks.
/// </summary>
public static partial class TimedAssertions
{
    public static bool IsTimed(string line) => !Support.TestSources.IsComment(line) && Pattern().IsMatch(line);

    [GeneratedRegex(
        @"\bStopwatch\b|\bCancelAfter\b|[\[,]\s*(?:Timeout|MaxTime)\s*\(" +
        @"|\.(?:Elapsed\w*|TotalMilliseconds)\b(?=.*(?:[<>]|LessThan|GreaterThan|AtMost|AtLeast|InRange|Within))" +
        @"|(?:[<>]|LessThan|GreaterThan|AtMost|AtLeast|InRange).*\.(?:Elapsed\w*|TotalMilliseconds)\b")]
    private static partial Regex Pattern();
}
