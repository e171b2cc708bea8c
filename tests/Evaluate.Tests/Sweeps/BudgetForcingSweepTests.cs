using System.Text.Json;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Sweeps;

/// <summary>
/// The two halves of issue 23's thinking budgets together: a sweep's budget is budget-forcing's <c>max_thinking</c> (its
/// declared budget option), one cell per budget, and each cell's thinking stays within its budget.
/// </summary>
public sealed class BudgetForcingSweepTests
{
    [Test]
    public async Task A_sweep_sets_budget_forcings_max_thinking_and_every_cell_thinks_within_its_budget()
    {
        var run = TestRuns.NewDirectory();
        var (code, output, error) = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", "math500", "--strategy", "budget-forcing",
            "--budgets", "128,512", "--limit", "6", "--data", SharedDatasets.Require().Path, "--out", run);
        Assert.That(code, Is.EqualTo(0), error);

        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "summary.json")));
        var cells = summary.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.That(cells, Has.Count.EqualTo(2));
        foreach (var cell in cells)
        {
            var budget = cell.GetProperty("budget");
            var tokens = budget.GetProperty("tokens").GetInt32();
            Assert.That(budget.GetProperty("sets").GetString(), Is.EqualTo("max_thinking"));
            Assert.That(cell.GetProperty("strategy").GetString(), Does.Contain($"max_thinking={tokens}"));
            Assert.That(cell.GetProperty("metrics").GetProperty("max_reasoning_tokens").GetDouble(), Is.LessThanOrEqualTo(tokens).And.GreaterThan(0));
        }
        // The frontier reads thinking (reasoning) tokens here: every cell reports them.
        Assert.That(output, Does.Contain("reasoning tokens").IgnoreCase, "the frontier table says which tokens it counts");
    }
}
