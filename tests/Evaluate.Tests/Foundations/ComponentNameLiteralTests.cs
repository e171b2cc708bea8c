using System.Text.RegularExpressions;
using Evaluate.Composition;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Foundations;

/// <summary>
/// No code tests a component by name: a string literal equal to a registered model, suite, strategy or reward name
/// may appear only in a registration file or in that component's own folder (where it names itself). Anything else
/// is a special case by name, which a declared capability should replace. Failures list file:line.
/// </summary>
public sealed class ComponentNameLiteralTests
{
    private static readonly string[] Scanned = ["harness", "adapters", "reports", "suites"];

    /// <summary>Where each component lives: its own folder may name it (prefixes below the repository root).</summary>
    private static readonly Dictionary<string, string[]> OwnFolders = new()
    {
        ["sim"] = ["adapters/Evaluate.Adapters.Simulated/"],
        ["openai"] = ["adapters/Evaluate.Adapters.OpenAI/"],
        ["onnx"] = ["adapters/Evaluate.Adapters.Onnx/"],
        ["replay"] = ["adapters/Evaluate.Adapters.Replay/"],
        ["game24"] = ["suites/Evaluate.Suites/Game24/"],
        ["gsm8k"] = ["suites/Evaluate.Suites/Gsm8k/"],
        ["math500"] = ["suites/Evaluate.Suites/Math500/"],
        ["omni-math"] = ["suites/Evaluate.Suites/OmniMath/"],
        ["probes"] = ["suites/Evaluate.Suites/Probes/"],
        ["math"] = ["suites/Evaluate.Suites/MathFull/"],
        ["aime24"] = ["suites/Evaluate.Suites/Competitions/"],
        ["aime25"] = ["suites/Evaluate.Suites/Competitions/"],
        ["amc23"] = ["suites/Evaluate.Suites/Competitions/"],
        ["hmmt-feb-2025"] = ["suites/Evaluate.Suites/Competitions/"],
        ["olympiadbench"] = ["suites/Evaluate.Suites/OlympiadBench/"],
        ["minerva-math"] = ["suites/Evaluate.Suites/Minerva/"],
        ["oracle"] = ["harness/Evaluate.Core/Rewards/"],
        ["judge"] = ["adapters/Evaluate.Adapters/Rewards/"],
    };

    /// <summary>The core's strategies share one folder (they name themselves and, for escalation, each other).</summary>
    private const string StrategyFolder = "harness/Evaluate.Core/Strategies/";

    /// <summary>Literals that equal a name but are not a reference to the component, each with why.</summary>
    private static readonly (string File, string Literal, string Why)[] NotReferences =
    [
        ("harness/Evaluate.Core/Plans/RunPlan.cs", "sim", "the plan's declared default model"),
        ("harness/Evaluate.Core/Plans/RunPlan.cs", "game24", "the plan's declared default suite"),
        ("harness/Evaluate.Core/Plans/RunPlan.cs", "greedy", "the plan's declared default strategy"),
        ("harness/Evaluate.Cli/Commands/ReplayCommand.cs", "replay", "the name of the `replay` verb"),
        ("adapters/Evaluate.Adapters.Simulated/SimulatedReasoner.cs", "greedy", "a seed label (changing it changes every simulated output)"),
        // The grading judge (--judge, docs/grading.md) shares the word with the judge reward model but is no component of that name.
        ("harness/Evaluate.Core/Grading/Judging/JudgeRecord.cs", "judge", "the grading judge's record field and verdict source"),
        ("harness/Evaluate.Composition/Judging/JudgePlanKeys.cs", "judge", "the grading judge's plan key"),
        ("adapters/Evaluate.Adapters.Simulated/SimulatedReasoner.cs", "judge", "the sim's option for answering a grading judge's prompts"),
    ];

    private static readonly Regex Literal = new("(?<![@$])\"((?:[^\"\\\\\\n]|\\\\.)*)\"", RegexOptions.Compiled);

    private static Dictionary<string, List<string>> Names()
    {
        var registries = Registries.CreateDefault();
        var names = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(IEnumerable<string> registered, Func<string, IEnumerable<string>> folders)
        {
            foreach (var name in registered)
            {
                if (!names.TryGetValue(name, out var list)) names[name] = list = [];
                list.AddRange(folders(name));
            }
        }
        Add(registries.Models.Names, n => OwnFolders.GetValueOrDefault(n) ?? []);
        Add(registries.Suites.Names, n => OwnFolders.GetValueOrDefault(n) ?? []);
        Add(registries.Rewards.Names, n => OwnFolders.GetValueOrDefault(n) ?? []);
        Add(registries.Strategies.Names, n => [.. OwnFolders.GetValueOrDefault(n) ?? [], StrategyFolder]);
        return names;
    }

    [Test]
    public void Every_registered_name_has_a_declared_home()
    {
        Assert.That(Names().Where(n => n.Value.Count == 0).Select(n => n.Key), Is.Empty, "add the component's folder to OwnFolders");
    }

    [Test]
    public void No_component_name_is_written_outside_its_registration_or_its_own_folder()
    {
        var root = SharedDatasets.RepositoryRoot;
        var files = Scanned.SelectMany(d => Directory.EnumerateFiles(Path.Combine(root, d), "*.cs", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Select(f => (f, File.ReadAllText(Path.Combine(root, f))));
        Assert.That(Violations(files, Names()), Is.Empty);
    }

    [Test]
    public void The_scan_finds_a_name_written_elsewhere()
    {
        var names = new Dictionary<string, List<string>> { ["gsm8k"] = ["suites/Evaluate.Suites/Gsm8k/"] };
        var found = Violations(
        [
            ("harness/Evaluate.Composition/Somewhere.cs", "var x = 1;\nif (suite == \"gsm8k\") Hash();\n// \"gsm8k\" in a comment is fine\n"),
            ("suites/Evaluate.Suites/Gsm8k/Gsm8kSuite.cs", "public string Name => \"gsm8k\";"),
            ("suites/Evaluate.Suites/Catalog/SuiteRegistrations.cs", "Register(new(\"gsm8k\", …"),
        ], names);
        Assert.That(found, Is.EqualTo(new[] { "harness/Evaluate.Composition/Somewhere.cs:2: \"gsm8k\"" }));
    }

    /// <summary>Each literal equal to a name, outside registrations, the name's own folders and the listed non-references.</summary>
    private static List<string> Violations(IEnumerable<(string File, string Text)> files, Dictionary<string, List<string>> names)
    {
        var found = new List<string>();
        foreach (var (file, text) in files)
        {
            if (Path.GetFileNameWithoutExtension(file) is var stem && (stem.EndsWith("Registration", StringComparison.Ordinal) || stem.EndsWith("Registrations", StringComparison.Ordinal)))
                continue;
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].TrimStart();
                if (line.StartsWith("//", StringComparison.Ordinal)) continue;
                foreach (Match m in Literal.Matches(line))
                {
                    var literal = m.Groups[1].Value;
                    if (!names.TryGetValue(literal, out var homes)) continue;
                    if (homes.Any(h => file.StartsWith(h, StringComparison.Ordinal))) continue;
                    if (NotReferences.Any(n => n.File == file && n.Literal == literal)) continue;
                    found.Add($"{file}:{i + 1}: \"{literal}\"");
                }
            }
        }
        return found;
    }
}
