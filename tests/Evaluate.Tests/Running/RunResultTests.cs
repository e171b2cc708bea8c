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
    public async Task Facts_keep_every_figure_of_the_records_the_metrics_read()
    {
        var files = await TestRuns.RunAsync(TestRuns.NewDirectory(), concurrency: 2);
        var result = RunResult.Read(files, Manifest(files), complete: true);
        var records = ResultFiles.ReadLines<SampleRecord>(files.Samples)
            .ToDictionary(s => (new RunKey(s.Model, s.Suite, s.Strategy), s.ProblemId, s.SampleIndex));
        Assert.That(result.Samples.Values.Sum(c => c.Count), Is.EqualTo(records.Count));
        foreach (var (key, facts) in result.Samples)
        {
            foreach (var f in facts)
            {
                var r = records[(key, f.ProblemId, f.SampleIndex)];
                Assert.That((f.ProblemIndex, f.Level, f.Subject, f.Easy, f.Correct, f.AnswerClass, f.Score, f.PromptTokens, f.CompletionTokens, f.ReasoningTokens, f.TokenSource, f.Truncated, f.NoAnswer),
                    Is.EqualTo((r.ProblemIndex, r.Level, r.Subject, r.Easy, r.Correct, r.AnswerClass, r.Score, r.PromptTokens, r.CompletionTokens, r.ReasoningTokens, r.TokenSource, r.Truncated, r.Extracted is null)));
                var a = r.Analysis!;
                Assert.That((f.HasAnalysis, f.OutcomeEfficiency, f.ProcessEfficiency, f.Rounds, f.TokensAfterFirstCorrect, f.FirstCorrectRound, f.AnalysisTruncated),
                    Is.EqualTo((true, a.OutcomeEfficiency, a.ProcessEfficiency, a.Rounds, a.TokensAfterFirstCorrect, a.FirstCorrectRound, a.Truncated)));
                Assert.That(f.Markers, Is.EquivalentTo(a.Markers));
            }
            // Canonical order: by problem, then sample.
            Assert.That(facts.Select(f => (f.ProblemIndex, f.SampleIndex)), Is.Ordered);
        }
    }

    [Test]
    public async Task Samples_read_in_any_order_give_the_same_summary()
    {
        var files = await TestRuns.RunAsync(TestRuns.NewDirectory(), concurrency: 2);
        var manifest = Manifest(files);
        var expected = JsonSerializer.Serialize(RunSummary.Build(RunResult.Read(files, manifest, complete: true)), ResultJson.Indented);
        File.WriteAllLines(files.Samples, File.ReadAllLines(files.Samples).Reverse());

        var reversed = RunResult.Read(files, manifest, complete: true);
        Assert.That(JsonSerializer.Serialize(RunSummary.Build(reversed), ResultJson.Indented), Is.EqualTo(expected));
        Assert.That(expected, Does.Contain("\"pass@4\""));
    }

    private static RunManifest Manifest(ResultFiles files)
    {
        var model = ComponentDescriptor.Of("sim", "sim (simulated reasoner)", ("overthink", 0.3), ("skill", 0.7), ("verbosity", 1));
        var cells = ResultFiles.ReadLines<ProblemRecord>(files.Problems)
            .Select(p => p.Strategy).Distinct()
            .Select(strategy => new CellManifest(model, "game24", "1", new ComponentDescriptor(strategy, strategy, new Dictionary<string, string>()), null, 20))
            .ToList();
        return new RunManifest { Tool = "evaluate", ToolVersion = "test", Run = "test", Plan = new RunPlan(), Cells = cells, Datasets = [] };
    }
}
