using System.CommandLine;
using System.Text.RegularExpressions;
using Evaluate.Cli;
using Evaluate.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Evaluate.Tests.Workflows;

/// <summary>
/// The GitHub workflows in the repository parse, and every evaluate / run.sh / run.ps1 command they call is one the CLI
/// accepts: its verb exists, each flag is an option of that verb, and `VERB … --help` exits 0 with those flags.
/// </summary>
public sealed partial class WorkflowCommandTests
{
    private static readonly string[] Workflows = [".github/workflows/nightly.yml", ".github/workflows/pr-gate.yml"];

    /// <summary>Words of run.ps1 that are not CLI verbs (run.ps1 handles them itself).</summary>
    private static readonly string[] ScriptVerbs = ["test", "bench"];

    [TestCaseSource(nameof(Workflows))]
    public void Parses_and_has_jobs_with_steps(string workflow)
    {
        var root = Load(workflow);
        var jobs = (YamlMappingNode)root.Children[new YamlScalarNode("jobs")];
        Assert.That(jobs.Children, Is.Not.Empty);
        Assert.That(Commands(workflow), Is.Not.Empty, "the workflow calls evaluate");
    }

    [TestCaseSource(nameof(Workflows))]
    public async Task Every_command_it_calls_is_accepted_by_the_cli(string workflow)
    {
        foreach (var words in Commands(workflow).Where(w => !ScriptVerbs.Contains(w[0])))
            await AcceptedCommands.AssertAcceptedAsync(words, workflow);
    }

    [Test]
    public async Task The_committed_pr_gate_baseline_passes_its_own_gate_and_a_fresh_run_of_its_plan()
    {
        var root = SharedDatasets.RepositoryRoot;
        var baseline = Path.Combine(root, "evals", "baselines", "pr-gate");
        var rules = Path.Combine(root, "evals", "gate-rules.yaml");
        var fresh = Path.Combine(TestRuns.NewDirectory(), "pr");
        var (runCode, _, runError) = await InProcessCli.RunAsync("run", "--plan", Path.Combine(root, "evals", "pr-gate.yaml"), "--out", fresh);
        Assert.That(runCode, Is.Zero, runError);

        var (code, output, error) = await InProcessCli.RunAsync("gate", "--baseline", baseline, "--candidate", fresh, "--rules", rules);

        Assert.That(code, Is.Zero, output + error);
        Assert.That(output, Does.Not.Contain("❌"));
    }

    /// <summary>Each call of the CLI in the workflow's run: scripts, as words after the program (verb first).</summary>
    private static List<string[]> Commands(string workflow)
    {
        var commands = new List<string[]>();
        foreach (var script in Load(workflow).AllNodes.OfType<YamlMappingNode>()
                     .Where(m => m.Children.ContainsKey(new YamlScalarNode("run")))
                     .Select(m => ((YamlScalarNode)m.Children[new YamlScalarNode("run")]).Value ?? ""))
        {
            foreach (var line in script.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n'))
            {
                var words = ShellWords(line);
                var start = words.FindIndex(w => w is "./run.sh" or "run.sh" or "evaluate" or "./run.ps1" or "run.ps1" or "run.cmd");
                if (start < 0) continue;
                commands.Add(words.Skip(start + 1).TakeWhile(w => w is not ("|" or ">" or ">>" or "&&" or ";")).ToArray());
            }
        }
        return commands;
    }

    private static List<string> ShellWords(string line) =>
        Word().Matches(line).Select(m => m.Groups["d"].Success ? m.Groups["d"].Value : m.Groups["s"].Success ? m.Groups["s"].Value : m.Value).ToList();

    private static YamlMappingNode Load(string workflow)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(SharedDatasets.RepositoryRoot, workflow))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    [GeneratedRegex("\"(?<d>[^\"]*)\"|'(?<s>[^']*)'|[^\\s]+")]
    private static partial Regex Word();
}
