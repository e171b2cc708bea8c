using Evaluate.Tests.Support;

namespace Evaluate.Tests.Scale;

/// <summary>
/// Every `evaluate` command in deploy/ (Dockerfile, SLURM scripts, Kubernetes manifests) is one the CLI accepts, and
/// one that evaluates the model it points at: `--base-url` without `--model openai` is accepted by the CLI but ignored
/// by the default simulated model, so a cluster run would silently grade the simulator.
/// </summary>
public sealed class DeployCommandTests
{
    private static string Deploy => Path.Combine(SharedDatasets.RepositoryRoot, "deploy");

    [Test]
    public void The_deploy_files_run_evaluate_in_slurm_and_kubernetes()
    {
        var files = DeployCommandLines.All(Deploy).Select(c => c.File).Distinct().ToList();
        Assert.That(files, Does.Contain("slurm/shards.sbatch").And.Contain("slurm/merge.sbatch")
            .And.Contain("kubernetes/shards-job.yaml").And.Contain("kubernetes/merge-job.yaml"), "the parser finds the commands it checks");
    }

    [Test]
    public async Task Every_deploy_command_names_a_verb_and_flags_of_that_verb()
    {
        foreach (var command in DeployCommandLines.All(Deploy))
            await AcceptedCommands.AssertAcceptedAsync(command.Words, command.File);
    }

    [Test]
    public void Every_deploy_command_with_a_base_url_evaluates_the_openai_model()
    {
        foreach (var command in DeployCommandLines.All(Deploy).Where(c => c.Words.Contains("--base-url")))
        {
            var model = Array.IndexOf(command.Words, "--model");
            Assert.That(model >= 0 && model + 1 < command.Words.Length ? command.Words[model + 1].Split(':')[0] : null, Is.EqualTo("openai"),
                $"{command}: --base-url without --model openai evaluates the simulated model");
            Assert.That(command.Words, Does.Contain("--model-name"), $"{command}: the served model's name is passed");
        }
    }
}
