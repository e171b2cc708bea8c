using Evaluate.Tests.Support;

namespace Evaluate.Tests.Foundations;

/// <summary>
/// Every test that starts a child process (the CLI, node, `dotnet msbuild`) carries the Process category, so the
/// fast in-process run (`run.sh test --fast`) really leaves them all out.
/// </summary>
public sealed class ProcessCategoryTests
{
    // The scanner and these tests name the calls as text; they start nothing.
    private static readonly string[] Scanner = ["tests/Evaluate.Tests/Foundations/ChildProcessUse.cs", "tests/Evaluate.Tests/Foundations/ProcessCategoryTests.cs"];

    private static List<TestSources.Source> Sources() => TestSources.All().Where(s => !Scanner.Contains(s.RelativePath)).ToList();

    [Test]
    public void Every_test_that_starts_a_child_process_carries_the_process_category()
    {
        var uncategorised = Sources().Where(s => ChildProcessUse.IsFixture(s.Lines))
            .SelectMany(s => ChildProcessUse.Uncategorised(s.Lines).Select(line => $"{s.RelativePath}:{line}: {s.Lines[line - 1].Trim()}"))
            .ToList();
        Assert.That(uncategorised, Is.Empty, "tests starting a child process without [Category(TestCategories.Process)]");
    }

    [Test]
    public void Only_the_known_helpers_start_a_process_outside_a_test()
    {
        var helpers = Sources()
            .Where(s => !ChildProcessUse.IsFixture(s.Lines) && s.Lines.Any(ChildProcessUse.Starts))
            .Select(s => s.RelativePath);
        Assert.That(helpers, Is.SubsetOf(ChildProcessUse.Helpers.Keys),
            "a new helper that starts a process: add it and its starting calls to ChildProcessUse.Helpers");
        Assert.That(ChildProcessUse.Helpers.Keys, Is.SubsetOf(Sources().Select(s => s.RelativePath)), "a helper was moved or renamed");
    }

    [Test]
    public void A_process_started_in_an_uncategorised_test_is_found_and_a_categorised_one_is_not()
    {
        string[] uncategorised =
        [
            "public sealed class SomeTests",
            "{",
            "    [Test, Category(TestCategories.Http)]",
            "    public async Task Runs()",
            "    {",
            "        var (code, _, _) = await CliProcess.RunAsync(work, \"run\");",
            "    }",
            "",
            "    [Test, Category(TestCategories.Process)]",
            "    public void Starts()",
            "    {",
            "        using var p = Process.Start(new ProcessStartInfo(\"node\"));",
            "    }",
            "}",
        ];
        Assert.That(ChildProcessUse.Uncategorised(uncategorised), Is.EqualTo(new[] { 6 }));

        string[] onTheClass = ["[Category(TestCategories.Process), Category(TestCategories.Http)]", "public sealed class SomeTests", "{", .. uncategorised[2..]];
        Assert.That(ChildProcessUse.Uncategorised(onTheClass), Is.Empty);
    }
}
