using System.Text.RegularExpressions;
using Evaluate.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Evaluate.Tests.Scale;

/// <summary>
/// The Kubernetes and SLURM files in deploy/ parse, and every `evaluate` command they run is one the CLI accepts (its
/// verb exists, each flag is an option of it, `VERB … --help` exits 0); the shard counts agree with what the merge reads.
/// </summary>
public sealed partial class DeployFileTests
{
    private static string Deploy => Path.Combine(SharedDatasets.RepositoryRoot, "deploy");

    private static List<YamlMappingNode> KubernetesDocuments()
    {
        var documents = new List<YamlMappingNode>();
        foreach (var file in Directory.GetFiles(Path.Combine(Deploy, "kubernetes"), "*.yaml"))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(file)));
            documents.AddRange(stream.Documents.Select(d => (YamlMappingNode)d.RootNode));
        }
        return documents;
    }

    private static string Scalar(YamlNode node, params string[] path)
    {
        foreach (var key in path) node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        return ((YamlScalarNode)node).Value!;
    }

    private static List<string[]> KubernetesCommands() => Commands("kubernetes/");

    private static List<string[]> SlurmCommands() => Commands("slurm/");

    private static List<string[]> Commands(string folder) =>
        DeployCommandLines.All(Deploy).Where(c => c.File.StartsWith(folder, StringComparison.Ordinal)).Select(c => c.Words).ToList();

    [Test]
    public async Task The_kubernetes_manifests_parse_and_run_commands_the_cli_accepts()
    {
        var commands = KubernetesCommands();
        Assert.That(commands.Select(c => c[0]), Is.EquivalentTo(new[] { "run", "merge" }), "a shard job and a merge job");
        foreach (var words in commands) await AcceptedCommands.AssertAcceptedAsync(words, "deploy/kubernetes");

        var job = KubernetesDocuments().Single(d => d.Children.ContainsKey(new YamlScalarNode("kind")) && Scalar(d, "kind") == "Job" && Scalar(d, "metadata", "name") == "evaluate-shards");
        Assert.That(Scalar(job, "spec", "completionMode"), Is.EqualTo("Indexed"));
        var completions = int.Parse(Scalar(job, "spec", "completions"), System.Globalization.CultureInfo.InvariantCulture);
        var run = commands.Single(c => c[0] == "run");
        Assert.That(run[Array.IndexOf(run, "--shard") + 1], Is.EqualTo("auto"));
        Assert.That(run[Array.IndexOf(run, "--shard-count") + 1], Is.EqualTo(completions.ToString(System.Globalization.CultureInfo.InvariantCulture)), "--shard-count is the Job's completions");
        var merge = commands.Single(c => c[0] == "merge");
        Assert.That(merge.Where(w => w.StartsWith("/results/shard-", StringComparison.Ordinal)),
            Is.EqualTo(Enumerable.Range(0, completions).Select(i => $"/results/shard-{i}")), "the merge reads every shard the Job writes");
        Assert.That(run[Array.IndexOf(run, "--out") + 1], Is.EqualTo("/results/shard-$(JOB_COMPLETION_INDEX)"));
    }

    [Test]
    public async Task The_slurm_scripts_run_commands_the_cli_accepts_over_the_same_array()
    {
        var commands = SlurmCommands();
        Assert.That(commands.Select(c => c[0]), Is.EquivalentTo(new[] { "run", "merge" }));
        foreach (var words in commands) await AcceptedCommands.AssertAcceptedAsync(words, "deploy/slurm");
        var script = File.ReadAllText(Path.Combine(Deploy, "slurm", "shards.sbatch"));
        Assert.That(ArrayRange().IsMatch(script), Is.True, "shards.sbatch declares a plain --array range");
        Assert.That(script, Does.Contain("--out \"results/shard-${SLURM_ARRAY_TASK_ID}\""));

        // The array's size is chosen once, in submit.sh, and handed to the merge: the merge names no shard of its own.
        var submit = File.ReadAllText(Path.Combine(Deploy, "slurm", "submit.sh"));
        Assert.That(submit, Does.Contain("--array=\"0-$((shards - 1))\"").And.Contain("--export=\"ALL,SHARD_COUNT=${shards}\""),
            "submit.sh sets the array and the merge's SHARD_COUNT from one count");
        var merge = File.ReadAllText(Path.Combine(Deploy, "slurm", "merge.sbatch"));
        Assert.That(HardCodedShard().IsMatch(merge), Is.False, "merge.sbatch hard-codes shard directories instead of reading the array's");
        Assert.That(merge, Does.Contain("${SHARD_COUNT:?").And.Contain("shards=(results/shard-*)").And.Contain("-ne \"${count}\""),
            "merge.sbatch merges the array's shard directories and refuses a count other than the array's");
        Assert.That(SlurmCommands().Single(c => c[0] == "merge"), Does.Contain("${shards[@]}"));
    }

    /// <summary>A shard directory named by number or by a brace range (results/shard-3, results/shard-{0..7}).</summary>
    [GeneratedRegex(@"shard-(\d|\{\d)")]
    private static partial Regex HardCodedShard();

    [GeneratedRegex(@"#SBATCH --array=(\d+)-(\d+)\s")]
    private static partial Regex ArrayRange();
}
