using System.Text.Json;
using Evaluate.Core.Components;
using Evaluate.Core.Metrics;
using Evaluate.Core.Plans;
using Evaluate.Core.Running;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Running;

public sealed class RunResultTests
{
    [Test]
    public async Task Summary_without_text_equals_the_summary_with_every_field()
    {
        var files = await TestRuns.RunAsync(TestRuns.NewDirectory(), concurrency: 2);
        var model = ComponentDescriptor.Of("sim", "sim (simulated reasoner)", ("overthink", 0.3), ("skill", 0.7), ("verbosity", 1));
        var cells = ResultFiles.ReadLines<ProblemRecord>(files.Problems)
            .Select(p => p.Strategy).Distinct()
            .Select(strategy => new CellManifest(model, "game24", "1", new ComponentDescriptor(strategy, strategy, new Dictionary<string, string>()), null, 20))
            .ToList();
        var manifest = new RunManifest { Tool = "evaluate", ToolVersion = "test", Run = "test", Plan = new RunPlan(), Cells = cells, Datasets = [] };

        var full = RunResult.Read(files, manifest, complete: true);
        var lean = RunResult.Read(files, manifest, complete: true, withText: false);

        Assert.That(lean.Samples.All(s => s.Response.Length == 0 && s.Analysis!.RoundDetails.Count == 0), Is.True);
        Assert.That(full.Samples.Any(s => s.Response.Length > 0), Is.True);
        var fullJson = JsonSerializer.Serialize(RunSummary.Build(full), ResultJson.Indented);
        Assert.That(JsonSerializer.Serialize(RunSummary.Build(lean), ResultJson.Indented), Is.EqualTo(fullJson));
        Assert.That(fullJson, Does.Contain("\"pass@4\""));
    }
}
