using Evaluate.Core.Results;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Foundations;

/// <summary>--resume continues the same run only: a changed plan is refused with each changed field named.</summary>
public sealed class ResumeIdentityTests
{
    private static readonly string[] Plan = ["run", "--suite", "game24", "--strategy", "sample", "--n", "4", "--limit", "6", "--seed", "11"];

    private static async Task<string> FirstRunAsync()
    {
        var work = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync([.. Plan, "--out", work]);
        Assert.That(code, Is.EqualTo(0), error);
        return work;
    }

    [TestCase("--seed", "12", "seed: 11 → 12")]
    [TestCase("--n", "8", "strategy: sample:n=4")]
    [TestCase("--temperature", "0.3", "temperature=0.3")]
    [TestCase("--limit", "7", "limit: 6 → 7")]
    [TestCase("--max-tokens", "100", "max_tokens: 4096 → 100")]
    [TestCase("--name", "other", "name: run → other")]
    public async Task A_changed_plan_is_refused_naming_the_field(string flag, string value, string named)
    {
        var work = await FirstRunAsync();
        var changed = Plan.ToList();
        var at = changed.IndexOf(flag);
        if (at >= 0) changed[at + 1] = value;
        else changed.AddRange([flag, value]);
        var (code, _, error) = await InProcessCli.RunAsync([.. changed, "--out", work, "--resume"]);
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain("--resume refused").And.Contain(named));
    }

    [Test]
    public async Task A_changed_strategy_or_model_is_refused()
    {
        var work = await FirstRunAsync();
        var strategy = await InProcessCli.RunAsync(["run", "--suite", "game24", "--strategy", "majority", "--n", "4", "--limit", "6", "--seed", "11", "--out", work, "--resume"]);
        Assert.That(strategy.ExitCode, Is.EqualTo(2));
        Assert.That(strategy.Error, Does.Contain("strategy: sample:n=4,temperature=0.8,top_p=1 → majority:n=4,temperature=0.8"));
        var model = await InProcessCli.RunAsync([.. Plan, "--model", "sim:skill=0.9", "--out", work, "--resume"]);
        Assert.That(model.Error, Does.Not.Contain("expects a single argument"));
        Assert.That(model.ExitCode, Is.EqualTo(2));
        Assert.That(model.Error, Does.Contain("model: sim:overthink=0.3,skill=0.7,verbosity=1 → sim:overthink=0.3,skill=0.9,verbosity=1"));
    }

    [Test]
    public async Task The_same_plan_resumes_and_a_killed_run_without_summary_resumes_from_its_manifest()
    {
        var work = await FirstRunAsync();
        var expected = File.ReadAllText(Path.Combine(work, "samples.jsonl"));
        // As after a SIGKILL: the last problem's records and the summary are gone, the manifest is there.
        File.WriteAllLines(Path.Combine(work, "problems.jsonl"), File.ReadAllLines(Path.Combine(work, "problems.jsonl")).SkipLast(2));
        File.Delete(Path.Combine(work, "summary.json"));
        var (code, _, error) = await InProcessCli.RunAsync([.. Plan, "--out", work, "--resume", "--concurrency", "3"]);
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(File.ReadAllText(Path.Combine(work, "samples.jsonl")), Is.EqualTo(expected));
        Assert.That(RunDirectory.Open(work).ReadSummary().Complete, Is.True);
    }

    [Test]
    public async Task The_fingerprint_is_recorded_and_does_not_depend_on_concurrency_or_the_output_path()
    {
        var a = await FirstRunAsync();
        var b = TestRuns.NewDirectory();
        Assert.That((await InProcessCli.RunAsync([.. Plan, "--concurrency", "1", "--out", b])).ExitCode, Is.EqualTo(0));
        var fa = RunDirectory.Open(a).ReadManifest().Fingerprint;
        Assert.That(fa, Does.Match("^[0-9a-f]{64}$"));
        Assert.That(RunDirectory.Open(b).ReadManifest().Fingerprint, Is.EqualTo(fa));
    }
}
