using Evaluate.Core.Plans;
using Evaluate.Core.Problems;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Sweeps;

/// <summary>The plan's <c>budgets</c>: a list in a plan file or a comma list as a flag; anything but positive whole numbers is refused naming where.</summary>
public sealed class BudgetPlanTests
{
    private static string PlanFile(string text)
    {
        var directory = TestRuns.NewDirectory();
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "plan.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    [Test]
    public void A_plan_lists_budgets_as_a_yaml_list_or_one_comma_list()
    {
        Assert.That(RunPlanFile.Load(PlanFile("strategies:\n  - greedy\nbudgets: [512, 1024, 2048, 4096, 8192]\n")).Budgets, Is.EqualTo(new[] { 512, 1024, 2048, 4096, 8192 }));
        Assert.That(RunPlanFile.Load(PlanFile("budgets: 64,128\n")).Budgets, Is.EqualTo(new[] { 64, 128 }));
        Assert.That(RunPlanFile.Load(PlanFile("name: x\n")).Budgets, Is.Null, "no sweep unless asked");
    }

    [TestCase("budgets: [512, 0]", "got 0")]
    [TestCase("budgets: [512, -8]", "got -8")]
    [TestCase("budgets: [512, 1k]", "got '1k'")]
    [TestCase("budgets: [512, 2.5]", "got '2.5'")]
    [TestCase("budgets: [512, 512]", "twice")]
    [TestCase("budgets: []", "names no budget")]
    public void A_budget_that_is_not_a_positive_whole_number_names_the_file_line_and_key(string line, string cause)
    {
        var path = PlanFile($"name: sweep\nstrategies:\n  - greedy\n{line}\n");
        var error = Assert.Throws<DatasetFormatException>(() => RunPlanFile.Load(path))!;
        Assert.That(error.Line, Is.EqualTo(4));
        Assert.That(error.Message, Does.Contain("plan.yaml").And.Contain("budgets").And.Contain(cause));
    }

    [TestCase("0,64", "got 0")]
    [TestCase("64,x", "got 'x'")]
    [TestCase("64,64", "twice")]
    public async Task The_budgets_flag_is_checked_before_anything_is_written(string value, string cause)
    {
        var output = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync("run", "--suite", "probes", "--budgets", value, "--limit", "2", "--out", output);
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain("--budgets").And.Contain(cause));
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1), error);
        Assert.That(Directory.Exists(output), Is.False, "nothing is written");
    }

    [Test]
    public void The_shipped_sweep_plan_loads_with_budgets_and_strategies()
    {
        var plan = RunPlanFile.Load(Path.Combine(SharedDatasets.RepositoryRoot, "evals", "budget-sweep.yaml"));
        Assert.That(plan.Budgets, Has.Count.GreaterThanOrEqualTo(3));
        Assert.That(plan.Strategies, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(PlanKeys.Budgets.Problem(plan), Is.Null);
    }
}
