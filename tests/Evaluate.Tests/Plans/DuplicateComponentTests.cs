using Evaluate.Tests.Support;

namespace Evaluate.Tests.Plans;

/// <summary>
/// Issue 20: a suite, model or strategy named twice would run and count every problem twice. The plan is refused
/// (exit 2, one line naming the duplicate) before any model call, and nothing is written.
/// </summary>
public sealed class DuplicateComponentTests
{
    private static async Task AssertRefusedAsync(string[] args, string named)
    {
        var work = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync([.. args, "--limit", "2", "--out", work]);
        Assert.That(code, Is.EqualTo(2), error);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(lines, Has.Length.EqualTo(1), error);
        Assert.That(lines[0], Does.Contain($"'{named}' twice"));
        Assert.That(Directory.Exists(work), Is.False, "a refused plan writes nothing");
    }

    [Test]
    public Task The_same_suite_twice_is_refused() =>
        AssertRefusedAsync(["run", "--suite", "game24", "--suite", "probes", "--suite", "game24"], "game24");

    [Test]
    public Task The_same_model_twice_is_refused_after_normalisation() =>
        AssertRefusedAsync(["run", "--suite", "game24", "--model", "sim:skill=0.7", "--model", "sim: skill=0.7"], "sim:skill=0.7");

    [Test]
    public Task The_same_strategy_twice_is_refused_whatever_the_parameter_order() =>
        AssertRefusedAsync(["run", "--suite", "game24", "--strategy", "sample:n=4,temperature=0.8", "--strategy", "sample:temperature=0.8,n=4"],
            "sample:n=4,temperature=0.8");

    [Test]
    public async Task A_plan_file_naming_a_suite_twice_is_refused()
    {
        var directory = TestRuns.NewDirectory();
        Directory.CreateDirectory(directory);
        var plan = Path.Combine(directory, "plan.yaml");
        File.WriteAllText(plan, "name: twice\nsuites:\n  - gsm8k\n  - gsm8k\n");
        await AssertRefusedAsync(["run", "--plan", plan], "gsm8k");
    }

    [Test]
    public async Task Different_parameters_are_different_components_and_run()
    {
        var work = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync("run", "--suite", "game24", "--strategy", "sample:n=2", "--strategy", "sample:n=4", "--limit", "2", "--out", work);
        Assert.That(code, Is.EqualTo(0), error);
    }
}
