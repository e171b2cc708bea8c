using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Docs;

/// <summary>What running one shell block of a doc gave: its exit code, its output, and what it should have printed.</summary>
public sealed record BlockResult(FencedBlock Block, int ExitCode, string Output, string Error, string? Expected, string? Actual)
{
    public bool OutputMatches => Expected is null || Expected == Actual;
}

/// <summary>
/// Runs the shell blocks of one doc as a user following it would, in bash, in a fresh working directory that holds
/// links to the repository's folders (so `evals/…` and `suites/examples/…` resolve, and outputs land in the temporary
/// directory): `evaluate` is the built CLI (evaluate.dll beside the tests), `./run.sh` without arguments is the main
/// job, DATASETS is ../shared/datasets (also EVALUATE_DATA), CI=true (plain progress lines). Commands classified
/// <see cref="DocCommandClass.SyntaxOnly"/> are replaced by a no-op; their syntax is checked elsewhere.
/// </summary>
public sealed partial class DocRun(MarkdownDoc doc, string dataDirectory)
{
    public string WorkDirectory { get; } = TestRuns.NewDirectory();

    /// <summary>Runs every runnable block in order; returns one result per block that ran something.</summary>
    public async Task<List<BlockResult>> RunAsync()
    {
        Prepare();
        var results = new List<BlockResult>();
        foreach (var block in doc.Blocks.Where(b => b.IsShell && b.GeneratedRegion is null && b.Marker?.Kind is not (DocsTestKind.Skip or DocsTestKind.Syntax)))
        {
            var script = Script(block);
            if (script is null) continue;
            var (code, output, error) = await BashAsync(script);
            var expected = block.ShownOutput is null ? null : OutputNormaliser.Normalise(string.Join("\n", block.ShownOutput));
            var actual = block.ShownOutput is null ? null : OutputNormaliser.Normalise(output.Replace(dataDirectory, "DATASETS", StringComparison.Ordinal), WorkDirectory);
            results.Add(new BlockResult(block, code, output, error, expected, actual));
        }
        return results;
    }

    private void Prepare()
    {
        Directory.CreateDirectory(WorkDirectory);
        var root = SharedDatasets.RepositoryRoot;
        foreach (var entry in Directory.EnumerateFileSystemEntries(root))
        {
            var name = Path.GetFileName(entry);
            if (name is ".git" or "results" or "bin" or "obj") continue;
            File.CreateSymbolicLink(Path.Combine(WorkDirectory, name), entry);
        }
        foreach (var block in doc.Blocks.Where(b => b.Marker?.Kind == DocsTestKind.File))
            File.WriteAllText(Path.Combine(WorkDirectory, block.Marker!.Value), string.Join("\n", block.Lines) + "\n");
    }

    /// <summary>The bash script of a block, or null when none of its commands runs.</summary>
    private string? Script(FencedBlock block)
    {
        var commands = DocCommandClassifier.Classify(block, syntaxOnly: false);
        if (!commands.Any(c => c.Class == DocCommandClass.Run && c.Command.Program is not null)) return null;
        var script = new StringBuilder();
        script.AppendLine("set -Eeo pipefail"); // -E: the ERR trap also fires inside the evaluate function
        script.AppendLine("evaluate() { dotnet \"$EVALUATE_DLL\" \"$@\"; }");
        script.AppendLine($"run_sh() {{ if [ $# -eq 0 ]; then evaluate {string.Join(' ', DocCommandClassifier.MainJob)}; else evaluate \"$@\"; fi; }}");
        script.AppendLine("trap 'echo \"docs-test: a command failed (exit $?) at doc line $DOC_LINE\" >&2' ERR");
        foreach (var line in commands.GroupBy(c => c.Line))
        {
            script.AppendLine($"DOC_LINE={line.Key.Line}");
            script.AppendLine(line.All(c => c.Class == DocCommandClass.Run)
                ? Datasets().Replace(RunScript().Replace(line.Key.Text, "${pre}run_sh"), "\"$$EVALUATE_DATA\"")
                : ": # not run here: its syntax is checked");
        }
        return script.ToString();
    }

    private async Task<(int, string, string)> BashAsync(string script)
    {
        var info = new ProcessStartInfo("bash")
        {
            WorkingDirectory = WorkDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-s");
        info.Environment["EVALUATE_DLL"] = CliProcess.Dll;
        info.Environment["EVALUATE_DATA"] = dataDirectory;
        info.Environment["CI"] = "true";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start bash");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(script);
        process.StandardInput.Close();
        // A safety net against a hung command, not a performance bound: the doc's commands take seconds.
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        try
        {
            await process.WaitForExitAsync(hang.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output, await error);
    }

    [GeneratedRegex(@"(?<pre>^|[;&|]\s*|\bdo\s+)(\./run\.sh|run\.sh)(?=\s|$)")]
    private static partial Regex RunScript();

    [GeneratedRegex(@"\bDATASETS\b")]
    private static partial Regex Datasets();
}
