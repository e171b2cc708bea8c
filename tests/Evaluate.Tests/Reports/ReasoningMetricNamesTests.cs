using System.Text.Json;
using Evaluate.Core.Metrics;
using Evaluate.Core.Metrics.BuiltIn;
using Evaluate.Reports.Gate;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reports;

/// <summary>pass^k and the cons@k alias of maj@k as compare, the gate and power resolve them.</summary>
public sealed class ReasoningMetricNamesTests
{
    [Test]
    public void Cons_at_k_is_an_alias_of_maj_at_k_resolved_never_written()
    {
        var catalog = MetricCatalog.Default;
        Assert.That(catalog.Resolve("cons@64")!.Declaration, Is.EqualTo(MajorityAtKMetric.MajAtK));
        Assert.That(catalog.Resolve("cons@64")!.K, Is.EqualTo(64));
        Assert.That(catalog.Canonical("cons@8"), Is.EqualTo("maj@8"));
        Assert.That(catalog.Canonical("cons@max"), Is.EqualTo("maj@max"));
        Assert.That(catalog.Canonical("pass^max"), Is.EqualTo("pass^max"));
        Assert.That(catalog.Canonical("accuracy"), Is.EqualTo("accuracy"));
        Assert.That(catalog.Canonical("no_such_metric"), Is.EqualTo("no_such_metric"));
        Assert.That(MetricRule.MaxFamily("pass^max"), Is.EqualTo("pass^"));
        Assert.That(MetricRule.MaxFamily("maj@max"), Is.EqualTo("maj@"));
        Assert.That(MetricRule.MaxFamily("tokens_max"), Is.Null, "a plain name ending in max is no family");
        var metrics = CellMetrics.Compute([Evaluate.Tests.Metrics.Records.Problem("a", 1)], [.. Evaluate.Tests.Metrics.Records.Samples("a", true, true, true, true)]);
        Assert.That(metrics.Keys.Where(k => k.StartsWith("cons", StringComparison.Ordinal)), Is.Empty, "summary.json holds maj@k only");
    }

    [Test]
    public void Rules_read_cons_at_k_as_maj_at_k_and_keep_pass_hat_max()
    {
        var rules = GateRulesFile.Parse("metrics:\n  pass^max: {max_drop: 0.02}\n  cons@8: {max_drop: 0.02}\n", "rules.yaml");
        Assert.That(rules.Metrics.Select(m => m.Metric), Is.SupersetOf(new[] { "pass^max", "maj@8" }));
        var error = Assert.Throws<Evaluate.Core.UsageException>(() => GateRulesFile.Parse("metrics:\n  pass^maxx: {max_drop: 0.02}\n", "rules.yaml"))!;
        Assert.That(error.Message, Does.Contain("pass^max"), "the suggestion lists the family's headline form");
    }

    [Test]
    public async Task The_gate_and_power_resolve_pass_hat_max_and_cons_at_k_on_real_runs()
    {
        var root = TestRuns.NewDirectory();
        // 30 problems, 4 samples each. The candidate gets one of four samples wrong on 20 problems: pass^4 falls from 1 to
        // 10/30 while the majority (3 of 4) stays right.
        var baseline = await ReplayRuns.CreateAsync(root, "base", Enumerable.Range(1, 30).Select(i => ($"q{i}", new[] { true, true, true, true })));
        var candidate = await ReplayRuns.CreateAsync(root, "cand", Enumerable.Range(1, 30).Select(i => ($"q{i}", new[] { true, true, true, i > 20 })));
        var file = Path.Combine(root, "rules.yaml");
        File.WriteAllText(file, "metrics:\n  pass^max: {max_drop: 0.02}\n  cons@4: {max_drop: 0.02}\n");

        var (code, output, error) = await InProcessCli.RunAsync("gate", "--baseline", baseline, "--candidate", candidate, "--rules", file);
        Assert.That(code, Is.EqualTo(1), output + error);
        Assert.That(output, Does.Contain("pass^max (pass^4)"));
        Assert.That(output, Does.Contain("pass^4: 1 → 0.3333"));
        Assert.That(output, Does.Contain("maj@4: 1 → 1"));

        var (compared, _, compareError) = await InProcessCli.RunAsync("compare", baseline, candidate, "--out", Path.Combine(root, "cmp"));
        Assert.That(compared, Is.Zero, compareError);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "cmp", "compare.json")));
        var names = json.RootElement.GetProperty("cells")[0].GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("metric").GetString()).ToList();
        Assert.That(names, Does.Contain("pass^4").And.Contain("pass^1"));

        var (sized, power, powerError) = await InProcessCli.RunAsync("power", "--baseline", baseline, "--metric", "cons@max", "--drop", "0.1");
        Assert.That(sized, Is.Zero, powerError);
        Assert.That(power, Does.Contain("maj@4"));
    }
}
