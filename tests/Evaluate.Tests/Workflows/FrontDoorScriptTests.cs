using System.Text.RegularExpressions;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Workflows;

/// <summary>
/// run.sh starts the main job itself when the build is fresh (PowerShell's start-up was a quarter of the job), so it
/// repeats two things run.ps1 defines: the main job's arguments and which sources make a build stale. They must agree.
/// </summary>
public sealed partial class FrontDoorScriptTests
{
    private static string Script(string name) => File.ReadAllText(Path.Combine(SharedDatasets.RepositoryRoot, name));

    [Test]
    public void Run_sh_starts_the_main_job_run_ps1_defines()
    {
        var ps1 = PowerShellMainJob().Match(Script("run.ps1"));
        var sh = ShellMainJob().Match(Script("run.sh"));
        Assert.That(ps1.Success && sh.Success, "both scripts state the main job");
        var fromPs1 = string.Join(' ', Regex.Matches(ps1.Groups[1].Value, "'([^']*)'").Select(m => m.Groups[1].Value));
        var fromSh = sh.Groups[1].Value.Replace("\"$root/", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal);
        Assert.That(fromSh, Is.EqualTo(fromPs1));
        Assert.That(fromSh, Is.EqualTo("run --plan evals/default.yaml --report"));
    }

    [Test]
    public void Run_sh_and_run_ps1_call_the_same_sources_stale()
    {
        var ps1 = Regex.Matches(PowerShellSources().Match(Script("run.ps1")).Groups[1].Value, @"'\*(\.[a-z]+)'").Select(m => m.Groups[1].Value);
        var sh = Regex.Matches(Script("run.sh"), @"-name '\*(\.[a-z]+)'").Select(m => m.Groups[1].Value);
        Assert.That(sh, Is.EquivalentTo(ps1));
        Assert.That(ps1, Does.Contain(".cs"));
    }

    /// <summary>run.ps1's main job with Join-Path unwrapped: 'run', '--plan', 'evals/…', '--report'.</summary>
    [GeneratedRegex(@"\$verbs = @\(((?:'[^']*'|\(Join-Path \$root '[^']*'\)|,|\s)+)\)")]
    private static partial Regex PowerShellMainJob();

    [GeneratedRegex(@"dotnet ""\$root/\$dll"" ([^|\n]+?) \|\|")]
    private static partial Regex ShellMainJob();

    [GeneratedRegex(@"-Include ((?:'[^']+',?\s*)+)")]
    private static partial Regex PowerShellSources();
}
