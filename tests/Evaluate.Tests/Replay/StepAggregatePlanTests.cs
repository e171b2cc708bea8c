using Evaluate.Core.Plans;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Replay;

public sealed class StepAggregatePlanTests
{
    [Test]
    public void Plans_read_step_aggregate_and_default_to_last()
    {
        var folder = TestRuns.NewDirectory();
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.yaml"), "name: a\nstep_aggregate: min\n");
        File.WriteAllText(Path.Combine(folder, "b.yaml"), "name: b\n");
        Assert.That(RunPlanFile.Load(Path.Combine(folder, "a.yaml")).StepAggregate, Is.EqualTo("min"));
        Assert.That(RunPlanFile.Load(Path.Combine(folder, "b.yaml")).StepAggregate, Is.EqualTo("last"));
    }

    [Test, Category(TestCategories.Process)]
    public async Task An_unknown_step_aggregate_in_a_plan_exits_2_before_running()
    {
        var work = TestRuns.NewDirectory();
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "plan.yaml"), "name: x\nstep_aggregate: mean\n");
        var (code, _, error) = await CliProcess.RunAsync(work, "run", "--plan", "plan.yaml", "--out", "out");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("step_aggregate (--step-aggregate) must be one of last, min, product"));
        Assert.That(Directory.Exists(Path.Combine(work, "out")), Is.False);
    }
}
