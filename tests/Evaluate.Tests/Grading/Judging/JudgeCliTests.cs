using System.Text.Json;
using System.Text.Json.Nodes;
using Evaluate.Core.Metrics;
using Evaluate.Core.Results;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Grading.Judging;

/// <summary>`replay --judge`, `run --judge` and `grade --judge` end to end (in process), with sim as a scripted judge.</summary>
public sealed class JudgeCliTests
{
    private const string Unparseable = "so \\\\boxed{x \\\\mapsto \\\\{\\\\}}";

    /// <summary>Two problems of the custom "probes" kind: per problem one right, one unparseable, one without an answer, one wrong.</summary>
    private static string ReplayFile(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "recorded.jsonl");
        File.WriteAllLines(path,
        [
            "{\"id\":\"p1\",\"problem\":\"What is 1+2?\",\"gold\":\"3\",\"responses\":[\"so \\\\boxed{3}\",\"" + Unparseable + "\",\"\",\"so \\\\boxed{4}\"]}",
            "{\"id\":\"p2\",\"problem\":\"What is 2+2?\",\"gold\":\"4\",\"responses\":[\"so \\\\boxed{4}\",\"" + Unparseable + "\",\"\",\"so \\\\boxed{5}\"]}",
        ]);
        return path;
    }

    private static List<JsonNode> Lines(string path) => File.ReadLines(path).Select(l => JsonNode.Parse(l)!).ToList();

    private static async Task<string> ReplayAsync(string work, string name, params string[] extra)
    {
        var output = Path.Combine(work, name);
        var (code, _, error) = await InProcessCli.RunAsync(["replay", "--suite", "math500", "--data", SharedDatasets.Require().Path, "--input", ReplayFile(work),
            "--out", output, .. extra]);
        Assert.That(code, Is.Zero, error);
        return output;
    }

    [Test]
    public async Task Replay_with_a_judge_grades_only_what_the_rules_leave_and_records_who_decided()
    {
        var work = TestRuns.NewDirectory();
        var plain = await ReplayAsync(work, "plain");
        var judged = await ReplayAsync(work, "judged", "--judge", "sim:judge=correct");

        var before = Lines(Path.Combine(plain, "samples.jsonl"));
        var after = Lines(Path.Combine(judged, "samples.jsonl"));
        Assert.That(before.Select(s => s["verdict_source"]), Is.All.Null, "no judge, no new field");
        Assert.That(after.Select(s => (string?)s["verdict_source"]), Is.EqualTo(new[] { "rule", "judge", "judge", "rule", "rule", "judge", "judge", "rule" }));
        Assert.That(after.Select(s => (bool)s["correct"]!), Is.EqualTo(new[] { true, true, true, false, true, true, true, false }));
        Assert.That(after.Where(s => (string?)s["verdict_source"] == "judge").Select(s => (string?)s["judge"]!["verdict"]), Is.All.EqualTo("correct"));

        var problems = RunDirectory.Open(judged).Problems().ToList();
        Assert.That(problems.Select(p => p.JudgeCalls), Is.All.EqualTo(2));
        var metrics = RunDirectory.Open(judged).ReadSummary().Results.Single().Metrics;
        Assert.That(MetricValue.Number(metrics, "judge_coverage"), Is.EqualTo(0.5));
        Assert.That(MetricValue.Number(metrics, "judge_errors"), Is.Zero);
        Assert.That(MetricValue.Number(metrics, "mean_judge_calls_per_problem"), Is.EqualTo(2));
        Assert.That(metrics.ContainsKey("judge_agreement"), Is.True);
        Assert.That(MetricValue.Number(metrics, "judge_agreement"), Is.Null, "no audit: no agreement figure, never a perfect one");
        var plainMetrics = RunDirectory.Open(plain).ReadSummary().Results.Single().Metrics;
        Assert.That(plainMetrics.Keys.Where(k => k.Contains("judge", StringComparison.Ordinal)), Is.Empty);
        Assert.That(MetricValue.Number(plainMetrics, "accuracy"), Is.EqualTo(0.25));
        Assert.That(MetricValue.Number(metrics, "accuracy"), Is.EqualTo(0.75));
        Assert.That(File.ReadAllText(Path.Combine(judged, "manifest.json")), Does.Contain("\"judge\": \"sim:judge=correct\""));
        Assert.That(File.ReadAllText(Path.Combine(plain, "manifest.json")), Does.Not.Contain("judge"));
    }

    [Test]
    public async Task Garbage_from_the_judge_fails_closed_and_shows_as_judge_errors_in_the_summary_and_terminal()
    {
        var work = TestRuns.NewDirectory();
        var output = Path.Combine(work, "garbage");
        var (code, text, error) = await InProcessCli.RunAsync("replay", "--suite", "math500", "--data", SharedDatasets.Require().Path, "--input", ReplayFile(work),
            "--out", output, "--judge", "sim:judge=garbage", "--report");
        Assert.That(code, Is.Zero, error);
        var samples = Lines(Path.Combine(output, "samples.jsonl"));
        Assert.That(samples.Where(s => s["judge"] is not null).Select(s => (bool)s["correct"]!), Is.All.False);
        var metrics = RunDirectory.Open(output).ReadSummary().Results.Single().Metrics;
        Assert.That(MetricValue.Number(metrics, "judge_errors"), Is.EqualTo(4));
        Assert.That(MetricValue.Number(metrics, "judge_coverage"), Is.Zero);
        Assert.That(MetricValue.Number(metrics, "accuracy"), Is.EqualTo(0.25), "as without a judge");
        Assert.That(text, Does.Contain("judge errors"));
        Assert.That(File.ReadAllText(Path.Combine(output, "summary.md")), Does.Contain("judge errors"));
        // The sample browser says what the judge did with each sample it was asked about, here that it gave no verdict.
        Assert.That(File.ReadAllText(Path.Combine(output, "report.html")), Does.Contain("\"judge\":\"no verdict ("));
    }

    [Test]
    public async Task An_audit_on_replay_measures_agreement_and_keeps_every_rule_score()
    {
        var work = TestRuns.NewDirectory();
        var judged = await ReplayAsync(work, "audit", "--judge", "sim:judge=correct", "--judge-audit", "1");
        var samples = Lines(Path.Combine(judged, "samples.jsonl"));
        var audited = samples.Where(s => s["judge"]?["audit"] is not null).ToList();
        Assert.That(audited, Has.Count.EqualTo(4), "every rule-decided sample at share 1");
        // The judge says correct to all: it agrees with the two right answers and not with the two wrong ones.
        var metrics = RunDirectory.Open(judged).ReadSummary().Results.Single().Metrics;
        Assert.That(MetricValue.Number(metrics, "judge_agreement"), Is.EqualTo(0.5));
        Assert.That(audited.Select(s => (string?)s["verdict_source"]), Is.All.EqualTo("rule"));
        Assert.That(audited.Count(s => (bool)s["correct"]!), Is.EqualTo(2), "audits keep the rule verdicts");
    }

    [Test]
    public async Task A_rerun_with_a_cache_answers_every_judge_call_from_it()
    {
        var work = TestRuns.NewDirectory();
        var cache = Path.Combine(work, "cache.db");
        var first = await ReplayAsync(work, "first", "--judge", "sim:judge=match", "--cache", cache);
        var second = await ReplayAsync(work, "second", "--judge", "sim:judge=match", "--cache", cache);
        var a = RunDirectory.Open(first).Problems().ToList();
        var b = RunDirectory.Open(second).Problems().ToList();
        Assert.That(a.Sum(p => p.JudgeCalls), Is.EqualTo(4));
        Assert.That(a.Sum(p => p.JudgeCacheHits), Is.Zero);
        Assert.That(b.Sum(p => p.JudgeCacheHits), Is.EqualTo(4));
        Assert.That(File.ReadAllBytes(Path.Combine(second, "samples.jsonl")), Is.EqualTo(File.ReadAllBytes(Path.Combine(first, "samples.jsonl"))));
    }

    [Test]
    public async Task A_judge_audit_without_a_judge_or_outside_0_to_1_is_a_usage_error()
    {
        var work = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", "probes", "--limit", "2", "--judge-audit", "0.5", "--out", Path.Combine(work, "a"));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("judge_audit (--judge-audit)").And.Contain("--judge"));
        (code, _, error) = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", "probes", "--limit", "2", "--judge", "sim", "--judge-audit", "1.5", "--out", Path.Combine(work, "b"));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("between 0 and 1"));
        (code, _, error) = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", "probes", "--limit", "2", "--judge", "nosuch", "--out", Path.Combine(work, "c"));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("nosuch"));
        Assert.That(Directory.Exists(Path.Combine(work, "c")), Is.False, "a refused run writes nothing");
    }

    [Test]
    public async Task Run_with_the_sim_judge_records_verdict_sources_and_judge_compute()
    {
        var work = TestRuns.NewDirectory();
        var (code, text, error) = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", "probes", "--strategy", "sample:n=2", "--limit", "3",
            "--judge", "sim", "--judge-audit", "1", "--out", work);
        Assert.That(code, Is.Zero, error);
        var samples = Lines(Path.Combine(work, "samples.jsonl"));
        Assert.That(samples.Select(s => (string?)s["verdict_source"]), Is.All.Not.Null);
        var problems = RunDirectory.Open(work).Problems().ToList();
        Assert.That(problems.Sum(p => p.JudgeCalls), Is.EqualTo(samples.Count(s => s["judge"] is not null)));
        Assert.That(text, Does.Contain("judge agreement"));
    }

    [Test]
    public async Task Grade_with_a_judge_decides_the_unparseable_and_answerless_pairs_and_says_so_per_line()
    {
        var work = TestRuns.NewDirectory();
        Directory.CreateDirectory(work);
        var input = Path.Combine(work, "pairs.jsonl");
        File.WriteAllLines(input,
        [
            "{\"id\":1,\"gold\":\"3\",\"response\":\"so \\\\boxed{3}\"}",
            "{\"id\":2,\"gold\":\"3\",\"response\":\"" + Unparseable + "\",\"problem\":\"What is 1+2?\"}",
            "{\"id\":\"three\",\"gold\":\"3\",\"response\":null}",
            "{\"id\":4,\"gold\":\"3\",\"response\":\"so \\\\boxed{4}\"}",
        ]);
        var output = Path.Combine(work, "verdicts.jsonl");
        var (code, text, error) = await InProcessCli.RunAsync("grade", "--suite", "math", "--input", input, "--output", output, "--judge", "sim:judge=incorrect");
        Assert.That(code, Is.Zero, error);
        var lines = Lines(output);
        Assert.That(lines.Select(l => (string?)l["verdict_source"]), Is.EqualTo(new[] { "rule", "judge", "judge", "rule" }));
        Assert.That(lines.Select(l => (bool)l["correct"]!), Is.EqualTo(new[] { true, false, false, false }));
        Assert.That(lines.Select(l => (string?)l["reason"]), Is.EqualTo(new[] { "equal", "judge-incorrect", "judge-incorrect", "not-equal" }));
        Assert.That((string?)lines[1]["judge"]!["rule_reason"], Is.EqualTo("unparseable"));
        Assert.That(lines[2]["id"]!.GetValue<string>(), Is.EqualTo("three"));
        Assert.That(text, Does.Contain("the judge decided 2"));

        var (again, _, againError) = await InProcessCli.RunAsync("grade", "--suite", "math", "--input", input, "--output", output, "--judge", "sim:judge=both");
        Assert.That(again, Is.Zero, againError);
        var closed = Lines(output);
        Assert.That(closed.Select(l => (bool)l["correct"]!), Is.EqualTo(new[] { true, false, false, false }), "two verdicts: fail closed");
        Assert.That(closed.Select(l => (string?)l["reason"]), Is.EqualTo(new[] { "equal", "unparseable", "no-answer", "not-equal" }));
        Assert.That(closed.Count(l => l["judge"]?["error"] is not null), Is.EqualTo(2));
    }

    [Test]
    public async Task Grade_refuses_a_bad_line_naming_file_line_and_field()
    {
        var work = TestRuns.NewDirectory();
        Directory.CreateDirectory(work);
        var input = Path.Combine(work, "pairs.jsonl");
        File.WriteAllLines(input, ["{\"gold\":\"3\",\"response\":\"x\"}", "{\"gold\":\"3\",\"response\":\"x\",\"problem\":7}"]);
        var output = Path.Combine(work, "verdicts.jsonl");
        var (code, _, error) = await InProcessCli.RunAsync("grade", "--suite", "math", "--input", input, "--output", output, "--judge", "sim");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("pairs.jsonl:2").And.Contain("'problem'"));
        Assert.That(File.Exists(output), Is.False, "no partial output");
    }
}
