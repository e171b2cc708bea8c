using System.CommandLine;
using System.Text.Json;
using Evaluate.Adapters.OpenAI;
using Evaluate.Cli.Commands;
using Evaluate.Composition;
using Evaluate.Core;
using Evaluate.Core.Plans;
using Evaluate.Core.Problems;
using Evaluate.Core.Running;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Plans;

/// <summary>
/// A plan key is one declaration: the plan file, the `run` flag, its help, validation and the manifest follow from it,
/// for the core's keys and for keys a component declares from outside the core (as the openai adapter does).
/// </summary>
public sealed class PlanKeyDeclarationTests
{
    /// <summary>A toy component's own key, declared here and nowhere else.</summary>
    private static readonly PlanKey<int?> ToyDepth = new("toy_depth", PlanTypes.OptionalWholeNumber, "How deep the toy component looks")
    {
        Rule = v => v is < 1 ? $"must be at least 1, got {v}" : null,
    };

    private static string WritePlan(string text)
    {
        var path = Path.Combine(TestRuns.NewDirectory(), "plan.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static RunPlan ResolveFlags(Registries registries, params string[] args)
    {
        var flags = new RunFlags(registries);
        var command = new Command("run");
        flags.AddTo(command);
        return flags.Resolve(command.Parse(args));
    }

    [Test]
    public void A_key_declared_outside_the_core_is_read_from_plan_files_and_flags_and_checked()
    {
        var registries = Registries.CreateDefault().DeclarePlanKeys(ToyDepth);
        var fromFile = RunPlanFile.Load(WritePlan("name: toy\ntoy_depth: 3\n"), registries.PlanKeys);
        Assert.That(ToyDepth.Get(fromFile), Is.EqualTo(3));
        Assert.That(ToyDepth.Get(ResolveFlags(registries, "--toy-depth", "5")), Is.EqualTo(5));
        var refused = Assert.Throws<UsageException>(() => registries.PlanKeys.Check(ToyDepth.Set(new RunPlan(), 0)))!;
        Assert.That(refused.Message, Is.EqualTo("toy_depth (--toy-depth) must be at least 1, got 0"));
    }

    [Test]
    public void A_key_nobody_declared_is_refused_with_the_closest_key()
    {
        var path = WritePlan("name: x\nlimt: 3\n");
        var error = Assert.Throws<DatasetFormatException>(() => RunPlanFile.Load(path))!;
        Assert.That((error.Line, error.Field), Is.EqualTo((2, "limt")));
        Assert.That(error.Message, Does.EndWith("is not a plan key (did you mean 'limit'?)"));
        Assert.That(error.Message, Does.Not.Contain("Property").And.Not.Contain("Dto"));
    }

    [TestCase("seed: 1\nseed: 2\n", 2, "seed", "is given twice")]
    [TestCase("limit: many\n", 1, "limit", "must be a whole number, got 'many'")]
    [TestCase("k: [1, x]\n", 1, "k", "values must be whole numbers, got 'x'")]
    [TestCase("name: [a, b]\n", 1, "name", "must be one value (text), got a list")]
    [TestCase("limit: {a: 1}\n", 1, "limit", "must be a value or a list of values")]
    [TestCase("suites: [probes]\nlimit: 3\n---\nlimit: 4\n", 4, "(plan)", "holds 2 YAML documents (separated by --- or ...); a plan is one mapping of plan keys")]
    public void A_bad_value_names_the_file_line_and_key(string yaml, int line, string key, string problem)
    {
        var path = WritePlan(yaml);
        var error = Assert.Throws<DatasetFormatException>(() => RunPlanFile.Load(path))!;
        Assert.That(error.Message, Is.EqualTo($"{path}:{line}: field '{key}': {problem}"));
    }

    [Test]
    public void A_bad_flag_value_names_the_flag()
    {
        var error = Assert.Throws<UsageException>(() => ResolveFlags(Registries.CreateDefault(), "--max-tokens", "lots"))!;
        Assert.That(error.Message, Is.EqualTo("max_tokens (--max-tokens) must be a whole number, got 'lots'"));
    }

    [Test]
    public void The_openai_keys_are_the_adapters_and_keep_their_flags()
    {
        var registries = Registries.CreateDefault();
        var one = ResolveFlags(registries, "--base-url", "http://a/v1", "--model-name", "m");
        Assert.That((OpenAiPlanKeys.BaseUrl.Get(one), OpenAiPlanKeys.BaseUrls.Get(one), OpenAiPlanKeys.ModelName.Get(one)), Is.EqualTo(("http://a/v1", (IReadOnlyList<string>?)null, "m")));
        var two = ResolveFlags(registries, "--base-url", "http://a/v1", "--base-url", "http://b/v1");
        Assert.That(OpenAiPlanKeys.BaseUrl.Get(two), Is.Null);
        Assert.That(OpenAiPlanKeys.BaseUrls.Get(two), Is.EqualTo(new[] { "http://a/v1", "http://b/v1" }));
        var both = RunPlanFile.Load(WritePlan("base_url: http://a/v1\nbase_urls: [http://b/v1]\n"), registries.PlanKeys);
        var refused = Assert.Throws<UsageException>(() => registries.PlanKeys.Check(both))!;
        Assert.That(refused.Message, Is.EqualTo("base_urls (--base-urls) and base_url are both set: list every replica under base_urls"));
        Assert.Throws<DatasetFormatException>(() => RunPlanFile.Load(WritePlan("base_url: http://a/v1\n")), "the core alone does not know the adapter's keys");
    }

    [Test]
    public void The_manifest_plan_keeps_its_keys_order_and_bytes_through_a_read_and_a_write()
    {
        var registries = Registries.CreateDefault();
        var plan = registries.PlanKeys.ForManifest(OpenAiPlanKeys.ModelName.Set(new RunPlan { Temperature = 0.5 }, "m"));
        var written = JsonSerializer.Serialize(plan, ResultJson.Indented);
        var names = JsonDocument.Parse(written).RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(names.SkipWhile(n => n != "temperature").Take(4), Is.EqualTo(new[] { "temperature", "model_name", "base_url", "reward" }));
        Assert.That(names, Has.None.EqualTo("base_urls").And.None.EqualTo("concurrency"), "unset replicas and what changes no result are left out");
        var again = JsonSerializer.Serialize(JsonSerializer.Deserialize<RunPlan>(written, ResultJson.Indented), ResultJson.Indented);
        Assert.That(again, Is.EqualTo(written));
        Assert.That(OpenAiPlanKeys.ModelName.Get(JsonSerializer.Deserialize<RunPlan>(written, ResultJson.Indented)!), Is.EqualTo("m"));
    }

    [Test]
    public void Credentials_in_a_base_url_are_stripped_from_the_manifest_plan()
    {
        var registries = Registries.CreateDefault();
        var plan = registries.PlanKeys.ForManifest(OpenAiPlanKeys.BaseUrl.Set(new RunPlan(), "http://user:secret@host:8000/v1"));
        Assert.That(JsonSerializer.Serialize(plan, ResultJson.Indented), Does.Not.Contain("secret"));
    }
}
