using System.Text.Json;
using Evaluate.Core.Suites;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Suites.Competitions;

/// <summary>
/// The "possibly contaminated" mark: one rule (<see cref="Contamination"/>) on the suite's date and the plan's
/// <c>released</c> date, recorded in the manifest and shown by every reader.
/// </summary>
public sealed class ContaminationTests
{
    [TestCase("2024-02", "2024-06", true)]
    [TestCase("2024-02", "2024-02", true, Description = "the same month: the suite may predate the release")]
    [TestCase("2024-02", "2024-01-31", false)]
    [TestCase("2025-02-15", "2025-02-15", false, Description = "released the day of the competition: not before it")]
    [TestCase("2025-02-15", "2025-02-16", true)]
    [TestCase("2025-02-06", "2025-02", true)]
    [TestCase("2025-02-06", "2025-01", false)]
    [TestCase("2022-06", "2025-01-01", true)]
    public void A_suite_dated_before_the_release_is_possibly_contaminated(string suiteDate, string released, bool marked) =>
        Assert.That(Contamination.PossiblyContaminated(suiteDate, released), Is.EqualTo(marked));

    [TestCase(null, "2024-06")]
    [TestCase("2024-02", null)]
    public void Without_both_dates_there_is_no_verdict(string? suiteDate, string? released) =>
        Assert.That(Contamination.PossiblyContaminated(suiteDate, released), Is.Null);

    [TestCase("2024-13"), TestCase("2024-02-30"), TestCase("24-02"), TestCase("2024/02"), TestCase("February 2024"), TestCase("2024-2")]
    public void Released_dates_that_are_not_dates_are_refused(string text) =>
        Assert.That(PartialDate.Problem(text), Does.Contain(text));

    [Test]
    public async Task A_run_marks_older_suites_in_the_terminal_table_summary_json_and_summary_md()
    {
        var out1 = TestRuns.NewDirectory();
        var (code, output, error) = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", "aime24", "--suite", "aime25",
            "--limit", "2", "--released", "2025-01", "--data", SharedDatasets.Require().Path, "--out", out1);
        Assert.That(code, Is.EqualTo(0), error);

        var rows = output.Split('\n').Where(l => l.StartsWith("sim ", StringComparison.Ordinal)).ToList();
        Assert.That(rows.Where(r => r.Contains(" aime24 ", StringComparison.Ordinal)), Is.Not.Empty.And.All.Contain("aime24 †"));
        Assert.That(rows.Where(r => r.Contains(" aime25", StringComparison.Ordinal)), Is.Not.Empty.And.None.Contain("†"), "AIME 2025 was held after 2025-01");
        Assert.That(output, Does.Contain("† possibly contaminated").And.Contain("2025-01").And.Contain("aime24 2024-02"));

        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(out1, "summary.json")));
        var cells = summary.RootElement.GetProperty("results").EnumerateArray().ToDictionary(c => c.GetProperty("suite").GetString()!);
        Assert.That(cells["aime24"].GetProperty("possibly_contaminated").GetBoolean(), Is.True);
        Assert.That(cells["aime25"].GetProperty("possibly_contaminated").GetBoolean(), Is.False);
        var manifest = summary.RootElement.GetProperty("manifest");
        Assert.That(manifest.GetProperty("plan").GetProperty("released").GetString(), Is.EqualTo("2025-01"));
        Assert.That(manifest.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("suite_date").GetString()), Is.EqualTo(new[] { "2024-02", "2025-02-06" }));

        var markdown = File.ReadAllText(Path.Combine(out1, "summary.md"));
        Assert.That(markdown, Does.Contain("| aime24 † |").And.Contain("| aime25 |").And.Contain("possibly contaminated"));
    }

    [Test]
    public async Task Without_a_released_date_nothing_is_marked_or_recorded()
    {
        var out1 = TestRuns.NewDirectory();
        var (code, output, error) = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", "aime24", "--limit", "1",
            "--data", SharedDatasets.Require().Path, "--out", out1);
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Not.Contain("†"));
        var json = File.ReadAllText(Path.Combine(out1, "summary.json"));
        Assert.That(json, Does.Not.Contain("possibly_contaminated").And.Not.Contain("\"released\""));
        Assert.That(json, Does.Contain("\"suite_date\": \"2024-02\""), "the suite's date is recorded all the same");
    }

    [Test]
    public async Task A_released_date_that_is_not_a_date_exits_2_naming_the_key()
    {
        var (code, _, error) = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", "aime24", "--limit", "1", "--released", "2025-13",
            "--data", SharedDatasets.Require().Path, "--out", TestRuns.NewDirectory());
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("released (--released)").And.Contain("2025-13"));
    }
}
