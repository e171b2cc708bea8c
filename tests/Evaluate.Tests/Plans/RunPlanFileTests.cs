using Evaluate.Core.Plans;
using Evaluate.Core.Problems;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Plans;

public sealed class RunPlanFileTests
{
    [Test]
    public void The_shipped_plans_load()
    {
        var main = RunPlanFile.Load(Path.Combine(SharedDatasets.RepositoryRoot, "evals", "default.yaml"));
        Assert.That(main.Suites, Does.Contain("game24"));
        Assert.That(main.Strategies, Is.EqualTo(new[] { "greedy", "sample:n=8,temperature=0.8" }));
        Assert.That(main.SkipMissingSuites, Is.True);
        var nightly = RunPlanFile.Load(Path.Combine(SharedDatasets.RepositoryRoot, "evals", "nightly.yaml"));
        Assert.That(nightly.Suites, Is.EquivalentTo(new[] { "game24", "gsm8k", "math500", "omni-math" }));
        Assert.That(nightly.K, Is.EqualTo(new[] { 1, 2, 4, 8, 16 }));
    }

    [Test]
    public void Json_plans_load_too()
    {
        var path = Path.Combine(TestRuns.NewDirectory(), "plan.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, """{"name": "j", "models": ["sim:skill=0.9"], "suites": ["game24"], "seed": 7, "max_tokens": 100}""");
        var plan = RunPlanFile.Load(path);
        Assert.That((plan.Name, plan.Seed, plan.MaxTokens, plan.Models[0]), Is.EqualTo(("j", 7L, 100, "sim:skill=0.9")));
    }

    [Test]
    public void Unknown_keys_are_errors_with_a_line_number()
    {
        var path = Path.Combine(TestRuns.NewDirectory(), "plan.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "name: x\nseed: 3\nconcurency: 4\n");
        var error = Assert.Throws<DatasetFormatException>(() => RunPlanFile.Load(path))!;
        Assert.That(error.Line, Is.EqualTo(3));
    }
}
