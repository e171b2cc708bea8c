using System.Xml.Linq;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reports;

/// <summary>`gate` exit codes and outputs on constructed pairs of runs.</summary>
public sealed class GateVerbTests
{
    private static IEnumerable<(string, bool[])> Outcomes(int count, Func<int, bool> correct) =>
        Enumerable.Range(1, count).Select(i => ($"q{i}", new[] { correct(i) }));

    [Test]
    public async Task A_run_gated_against_itself_passes()
    {
        var root = TestRuns.NewDirectory();
        var run = await ReplayRuns.CreateAsync(root, "run", Outcomes(30, i => i % 3 != 0));
        var (code, output, error) = await InProcessCli.RunAsync("gate", "--baseline", run, "--candidate", run);
        Assert.That(code, Is.Zero, error);
        Assert.That(output, Does.Contain("gate: passed"));
    }

    [Test]
    public async Task A_significant_drop_fails_with_exit_code_1_and_junit_names_metric_delta_p_and_ids()
    {
        var root = TestRuns.NewDirectory();
        var baseline = await ReplayRuns.CreateAsync(root, "base", Outcomes(40, _ => true));
        var candidate = await ReplayRuns.CreateAsync(root, "cand", Outcomes(40, i => i > 12));
        var junit = Path.Combine(root, "gate.xml");

        var (code, output, error) = await InProcessCli.RunAsync("gate", "--baseline", baseline, "--candidate", candidate, "--junit", junit);

        Assert.That(code, Is.EqualTo(1), error);
        Assert.That(output, Does.Contain("FAILED"));
        var failure = XDocument.Load(junit).Descendants("testcase")
            .Single(t => ((string)t.Attribute("name")!).StartsWith("accuracy", StringComparison.Ordinal)).Element("failure");
        Assert.That(failure, Is.Not.Null);
        var message = (string)failure!.Attribute("message")!;
        Assert.That(message, Does.Contain("accuracy: 1 → 0.7"));
        Assert.That(message, Does.Contain("delta -0.3"));
        Assert.That(message, Does.Contain("p = 4.9e-4").Or.Contain("p = 0.0005").Or.Contain("p = 4.9e-4"));
        Assert.That(message, Does.Contain("q1, q2, q3"));
        Assert.That(message, Does.Contain("q12"));
    }

    [Test]
    public async Task The_junit_file_starts_with_the_xml_declaration_not_a_byte_order_mark()
    {
        var root = TestRuns.NewDirectory();
        var run = await ReplayRuns.CreateAsync(root, "run", Outcomes(10, i => i % 2 == 0));
        var junit = Path.Combine(root, "gate.xml");
        var (code, _, error) = await InProcessCli.RunAsync("gate", "--baseline", run, "--candidate", run, "--junit", junit);
        Assert.That(code, Is.Zero, error);
        var head = File.ReadAllBytes(junit).Take(5).ToArray();
        Assert.That(System.Text.Encoding.ASCII.GetString(head), Is.EqualTo("<?xml"), string.Join(" ", head.Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Test]
    public async Task A_drop_within_noise_passes()
    {
        // 40 problems, 4 newly wrong and 2 newly right: accuracy drops 5 points (beyond the 2-point tolerance) but
        // McNemar's p = 2 · P(X ≤ 2 | 6) = 0.6875, so it is not a regression.
        var root = TestRuns.NewDirectory();
        var baseline = await ReplayRuns.CreateAsync(root, "base", Outcomes(40, i => i <= 30));
        var candidate = await ReplayRuns.CreateAsync(root, "cand", Outcomes(40, i => (i <= 30 && i > 4) || i is 31 or 32));

        var (code, output, error) = await InProcessCli.RunAsync("gate", "--baseline", baseline, "--candidate", candidate);

        Assert.That(code, Is.Zero, error + output);
        Assert.That(output, Does.Contain("p = 0.6875 (mcnemar)"));
        Assert.That(output, Does.Contain("beyond tolerance but not significant"));
    }

    [Test]
    public async Task More_tokens_fail_by_the_catalog_direction_and_fewer_pass()
    {
        var root = TestRuns.NewDirectory();
        var outcomes = Outcomes(30, i => i % 2 == 0).ToList();
        var baseline = await ReplayRuns.CreateAsync(root, "base", outcomes, tokens: (_, _) => 100);
        var more = await ReplayRuns.CreateAsync(root, "more", outcomes, tokens: (id, _) => id.Length * 100);
        var fewer = await ReplayRuns.CreateAsync(root, "fewer", outcomes, tokens: (_, _) => 50);

        var (worse, output, _) = await InProcessCli.RunAsync("gate", "--baseline", baseline, "--candidate", more);
        var (better, _, error) = await InProcessCli.RunAsync("gate", "--baseline", baseline, "--candidate", fewer);

        Assert.That(worse, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain(@"mean\_completion\_tokens\_per\_problem: 100 → 270"));
        Assert.That(better, Is.Zero, error);
    }

    [TestCase("alpha: 0.05\nmetrics:\n  accuracy: {max_drop: lots}\n", 3, "max_drop")]
    [TestCase("alpha: 0.05\nmissing_cells: fail\n", 2, "unknown rules key 'missing_cells'")]
    [TestCase("metrics:\n  accuracy: {max_drop: 0.02\n  pass@max: [\n", 2, "not valid YAML")]
    [TestCase("metrics:\n  problems: {max_drop: 1}\n", 2, "no better direction")]
    [TestCase("metrics:\n  acuracy: {max_drop: 0.01}\n", 2, "not in the metric catalog")]
    [TestCase("alpha: 0.05\ncorrection: sometimes\n", 2, "correction: 'sometimes' is not holm, bonferroni or none")]
    [TestCase("require_power: yes please\n", 1, "require_power: 'yes please' is not true or false")]
    [TestCase("metrics:\n  mean_completion_tokens_per_problem: {max_drop: 0.1, log: maybe}\n", 2, "log: 'maybe' is not true or false")]
    public async Task A_broken_rules_file_exits_2_naming_the_line(string rules, int line, string message)
    {
        var root = TestRuns.NewDirectory();
        var run = await ReplayRuns.CreateAsync(root, "run", Outcomes(5, _ => true));
        var file = Path.Combine(root, "rules.yaml");
        File.WriteAllText(file, rules);

        var (code, _, error) = await InProcessCli.RunAsync("gate", "--baseline", run, "--candidate", run, "--rules", file);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain($"rules.yaml:{line}:"));
        Assert.That(error, Does.Contain(message));
    }

    [Test]
    public async Task Rules_overrides_and_caps_apply_per_cell()
    {
        var root = TestRuns.NewDirectory();
        var baseline = await ReplayRuns.CreateAsync(root, "base", Outcomes(40, i => i <= 30));
        var candidate = await ReplayRuns.CreateAsync(root, "cand", Outcomes(40, i => (i <= 30 && i > 4) || i is 31 or 32));
        var file = Path.Combine(root, "rules.yaml");
        File.WriteAllText(file, "max_newly_failed: 10\noverrides:\n  - match: {suite: probes}\n    max_newly_failed: 3\n");

        var (code, output, _) = await InProcessCli.RunAsync("gate", "--baseline", baseline, "--candidate", candidate, "--rules", file);

        Assert.That(code, Is.EqualTo(1));
        Assert.That(output, Does.Contain("4 newly failed (cap 3)"));
    }

    [Test]
    public async Task Runs_of_a_different_suite_version_are_refused_unless_allowed()
    {
        var root = TestRuns.NewDirectory();
        var baseline = await ReplayRuns.CreateAsync(root, "base", Outcomes(10, _ => true));
        var candidate = await ReplayRuns.CreateAsync(root, "cand", Outcomes(10, _ => true));
        var manifest = Path.Combine(candidate, "manifest.json");
        var text = File.ReadAllText(manifest);
        Assert.That(text, Does.Contain("\"suite_version\": \"1\""));
        File.WriteAllText(manifest, text.Replace("\"suite_version\": \"1\"", "\"suite_version\": \"2\"", StringComparison.Ordinal));

        var (refused, _, error) = await InProcessCli.RunAsync("gate", "--baseline", baseline, "--candidate", candidate);
        var (allowed, _, allowedError) = await InProcessCli.RunAsync("gate", "--baseline", baseline, "--candidate", candidate, "--allow-mismatch");

        Assert.That(refused, Is.EqualTo(2));
        Assert.That(error, Does.Contain("suite probes: version 1 in the baseline, 2 in the candidate"));
        Assert.That(allowed, Is.Zero, allowedError);
    }

    [Test]
    public async Task An_override_can_turn_a_metric_off_for_its_cells()
    {
        var root = TestRuns.NewDirectory();
        var baseline = await ReplayRuns.CreateAsync(root, "base", Outcomes(40, _ => true));
        var candidate = await ReplayRuns.CreateAsync(root, "cand", Outcomes(40, i => i > 12));
        var file = Path.Combine(root, "rules.yaml");
        File.WriteAllText(file, "overrides:\n  - match: {suite: probes}\n    metrics:\n      accuracy: off\n      pass@max: off\n      maj@max: off\n");

        var (code, output, error) = await InProcessCli.RunAsync("gate", "--baseline", baseline, "--candidate", candidate, "--rules", file);

        Assert.That(code, Is.Zero, output + error);
        Assert.That(output, Does.Not.Contain("accuracy:"));
    }
}
