using Evaluate.Core.Suites;
using Evaluate.Suites.Catalog;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Suites.Competitions;

/// <summary>`evaluate suites --data ../shared/datasets` lists the six reasoning-model suites with their counts and dates.</summary>
public sealed class SuiteListingTests
{
    [TestCase("aime24", 30, "2024-02")]
    [TestCase("aime25", 30, "2025-02-06")]
    [TestCase("amc23", 40, "2023-11")]
    [TestCase("hmmt-feb-2025", 30, "2025-02-15")]
    [TestCase("olympiadbench", 675, "published 2024-02")]
    [TestCase("minerva-math", 272, "published 2022-06")]
    public async Task Suites_lists_each_with_its_problem_count_and_date(string name, int count, string date)
    {
        var (code, output, error) = await InProcessCli.RunAsync("suites", "--data", SharedDatasets.Require().Path);
        Assert.That(code, Is.EqualTo(0), error);
        var line = output.Split('\n').SingleOrDefault(l => l.StartsWith(name + " ", StringComparison.Ordinal));
        Assert.That(line, Is.Not.Null, output);
        var fields = line!.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(fields[1], Is.EqualTo(count.ToString(System.Globalization.CultureInfo.InvariantCulture)), line);
        Assert.That(fields[2], Is.EqualTo(date), line);
    }

    [Test]
    public void Competition_dates_are_the_days_the_readme_gives()
    {
        var catalog = new SuiteCatalog(TestRuns.NoData);
        string Date(string name) => ((IDatedSuite)catalog.Create(name)).Date.Label;
        Assert.That(Date("aime25"), Is.EqualTo("2025-02-06"), "AIME 2025 I (II followed on 2025-02-12)");
        Assert.That(Date("hmmt-feb-2025"), Is.EqualTo("2025-02-15"));
        Assert.That(((IDatedSuite)catalog.Create("olympiadbench")).Date.Kind, Is.EqualTo(SuiteDateKind.Publication));
        Assert.That(catalog.Create("math500"), Is.Not.InstanceOf<IDatedSuite>(), "undated suites are never marked");
    }

    [Test]
    public async Task Suites_without_their_data_are_listed_as_missing_with_their_date()
    {
        var (_, output, _) = await InProcessCli.RunAsync("suites");
        var line = output.Split('\n').Single(l => l.StartsWith("aime25 ", StringComparison.Ordinal));
        Assert.That(line, Does.Contain("missing").And.Contain("2025-02-06"));
    }
}
