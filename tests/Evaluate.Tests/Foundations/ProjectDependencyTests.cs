using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Evaluate.Core.Plans;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Foundations;

/// <summary>
/// Every project of Evaluate.sln with the projects it may reference. The core references nothing of ours; suites and
/// each adapter reach only the core (plus what they truly build on); the simulated and replay adapters do not reach
/// into the suites: what they share goes through core contracts. Checked in the project files and in the compiled
/// assemblies, and a project missing from the table fails until its references are declared.
/// </summary>
public sealed class ProjectDependencyTests
{
    private const string Core = "Evaluate.Core";
    private const string Suites = "Evaluate.Suites";
    private const string Adapters = "Evaluate.Adapters";
    private const string OpenAi = "Evaluate.Adapters.OpenAI";
    private const string Serving = "Evaluate.Adapters.Serving";
    private const string Simulated = "Evaluate.Adapters.Simulated";
    private const string Replay = "Evaluate.Adapters.Replay";
    private const string Cache = "Evaluate.Adapters.Cache";
    private const string Onnx = "Evaluate.Adapters.Onnx";
    private const string Reports = "Evaluate.Reports";
    private const string Composition = "Evaluate.Composition";
    private const string Cli = "Evaluate.Cli";
    private const string OnnxTestModels = "Evaluate.Onnx.TestModels";

    /// <summary>Project → the projects it may reference (directly).</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        [Core] = [],
        [Suites] = [Core],
        [Adapters] = [Core],
        [OpenAi] = [Core],
        [Simulated] = [Core],
        [Replay] = [Core],
        [Cache] = [Core],
        [Onnx] = [Core],
        [Serving] = [Core, OpenAi],
        [Reports] = [Core],
        [Composition] = [Core, Suites, Adapters, OpenAi, Simulated, Replay, Cache, Onnx, Reports],
        [Cli] = [Composition, Serving],
        // Test and benchmark projects may reach what they test.
        ["Evaluate.Tests"] = [Core, Cli, Suites, Composition, Adapters, OpenAi, Serving, Simulated, Replay, Reports, OnnxTestModels],
        ["Evaluate.Benchmarks"] = [Core, Suites, Composition, Cli, Serving, OnnxTestModels],
        ["Evaluate.Onnx.Tests"] = [Core, Onnx, OnnxTestModels],
        [OnnxTestModels] = [Core, Onnx],
    };

    /// <summary>The compiled assembly of each shipped project (test projects are built elsewhere).</summary>
    private static readonly Dictionary<string, string> AssemblyOf = new()
    {
        [Core] = Core, [Suites] = Suites, [Adapters] = Adapters, [OpenAi] = OpenAi, [Simulated] = Simulated, [Replay] = Replay,
        [Cache] = Cache, [Onnx] = Onnx, [Serving] = Serving, [Reports] = Reports, [Composition] = Composition, [Cli] = "evaluate",
    };

    private static IEnumerable<string> SolutionProjects() =>
        Regex.Matches(File.ReadAllText(Path.Combine(SharedDatasets.RepositoryRoot, "Evaluate.sln")), "\"([^\"]+\\.csproj)\"")
            .Select(m => m.Groups[1].Value.Replace('\\', '/'));

    [Test]
    public void Every_project_in_the_solution_declares_its_allowed_references()
    {
        var projects = SolutionProjects().Select(p => Path.GetFileNameWithoutExtension(p)).ToList();
        Assert.That(projects, Has.Count.GreaterThanOrEqualTo(16));
        Assert.That(projects.Where(p => !Allowed.ContainsKey(p)), Is.Empty, "projects with no entry in Allowed");
    }

    [TestCaseSource(nameof(SolutionProjects))]
    public void The_project_file_references_only_what_it_may(string project)
    {
        var name = Path.GetFileNameWithoutExtension(project);
        var references = XDocument.Load(Path.Combine(SharedDatasets.RepositoryRoot, project)).Descendants()
            .Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(((string?)e.Attribute("Include") ?? "").Replace('\\', '/')))
            .ToList();
        Assert.That(references.Except(Allowed.GetValueOrDefault(name) ?? []), Is.Empty, $"{name} references projects it may not");
    }

    [TestCaseSource(nameof(ShippedProjects))]
    public void The_compiled_assembly_references_only_what_it_may(string project)
    {
        var assembly = Assembly.Load(AssemblyOf[project]);
        var ours = AssemblyOf.ToDictionary(p => p.Value, p => p.Key);
        var referenced = assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(ours.ContainsKey).Select(r => ours[r]).ToList();
        // Compiled code may use what its references bring along (the CLI uses core types), so the closure is allowed.
        Assert.That(referenced.Except(Reachable(project)), Is.Empty, $"{assembly.GetName().Name} uses assemblies it may not");
    }

    private static IEnumerable<string> ShippedProjects() => AssemblyOf.Keys;

    private static HashSet<string> Reachable(string project)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>(Allowed[project]);
        while (pending.TryPop(out var next))
            if (seen.Add(next))
                foreach (var further in Allowed[next]) pending.Push(further);
        return seen;
    }

    [Test]
    public void The_allowed_table_keeps_the_simulated_and_replay_adapters_off_the_suites()
    {
        Assert.That(Allowed[Simulated], Does.Not.Contain(Suites));
        Assert.That(Allowed[Replay], Does.Not.Contain(Suites));
        Assert.That(Allowed[Core], Is.Empty);
    }

    /// <summary>A connection setting is an adapter's option (see OpenAiPlanKeys), never a core plan key.</summary>
    [Test]
    public void The_core_plan_carries_no_adapter_settings()
    {
        var adapterLike = new Regex("url|model_?name|api_?key|endpoint|timeout|host|port", RegexOptions.IgnoreCase);
        // A deadline per problem is the run's error policy, not a connection setting.
        string[] runPolicy = ["ProblemTimeout", "problem_timeout"];
        var properties = typeof(RunPlan).GetProperties().Select(p => p.Name);
        var keys = PlanKeys.All.Select(k => k.Name);
        Assert.That(properties.Concat(keys).Where(n => adapterLike.IsMatch(n) && !runPolicy.Contains(n)), Is.Empty);
    }
}
