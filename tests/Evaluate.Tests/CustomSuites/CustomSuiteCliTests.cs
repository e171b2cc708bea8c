using System.Text.Json;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.CustomSuites;

/// <summary>The example custom suite through the real CLI: listed by `suites`, run with `sim`, and from a plan.</summary>
[Category(TestCategories.Process)]
public sealed class CustomSuiteCliTests
{
    private static string Example => Path.Combine(SharedDatasets.RepositoryRoot, "suites", "examples", "arithmetic-words.yaml");

    [Test]
    public async Task Suites_lists_custom_suites_of_a_folder()
    {
        var (code, output, error) = await CliProcess.RunAsync(TestRuns.NewDirectory(), "suites", "--custom", Path.GetDirectoryName(Example)!);
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("arithmetic-words").And.Contain("20"));
    }

    [Test]
    public async Task The_example_runs_end_to_end_with_sim_from_a_plan()
    {
        var work = TestRuns.NewDirectory();
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "plan.yaml"), $"name: custom\nsuites: [\"{Example.Replace("\\", "/")}\"]\nstrategies: [\"sample:n=4\"]\n");
        var (code, output, error) = await CliProcess.RunAsync(work, "run", "--plan", "plan.yaml", "--out", "out");
        Assert.That(code, Is.EqualTo(0), error + output);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "out", "summary.json")));
        Assert.That(summary.RootElement.ToString(), Does.Contain("arithmetic-words"));
        var samples = File.ReadAllLines(Path.Combine(work, "out", "samples.jsonl"));
        Assert.That(samples, Has.Length.EqualTo(80));
        // The simulated reasoner recognised the problems: it answers with the gold at least sometimes, never "0".
        Assert.That(samples.Count(s => s.Contains("\"correct\":true")), Is.GreaterThan(20));
    }

    [Test]
    public async Task A_bad_suite_file_exits_2_naming_file_line_and_key()
    {
        var path = SuiteFiles.Write("name: x\nsource: d.jsonl\nfields:\n  problem: q\n  answer: a\nprompt: \"{problem}\"\ngrader: regex\n", "d.jsonl", "{}\n");
        var (code, _, error) = await CliProcess.RunAsync(TestRuns.NewDirectory(), "run", "--suite", path);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("suite.yaml:7: field 'grader'"));
        Assert.That(error, Does.Not.Contain("   at "));
    }

    [Test]
    public async Task Suites_reports_a_broken_suite_file_and_still_lists_the_others()
    {
        var folder = Path.GetDirectoryName(SuiteFiles.Write("name: a\nsource: d.jsonl\nfields:\n  problem: q\n  answer: a\nprompt: \"{problem}\"\n", "d.jsonl", "{\"q\": \"1+1\", \"a\": \"2\"}\n"))!;
        File.WriteAllText(Path.Combine(folder, "broken.yaml"), "name: b\nsource: d.jsonl\nfields:\n  problem: q\nprompt: \"{problem}\"\n");
        var (code, output, error) = await CliProcess.RunAsync(TestRuns.NewDirectory(), "suites", "--custom", folder);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("broken.yaml:4: field 'fields.answer'"));
        Assert.That(output, Does.Contain("suite.yaml"));
    }
}
