using Evaluate.Cli;
using Evaluate.Composition;

namespace Evaluate.Tests.Support;

/// <summary>
/// The `evaluate` command line run in this process (no child process, no build of its own), with its output captured.
/// Paths must be absolute (tests run in parallel and share one working directory). Verbs that read datasets get a
/// data directory that does not exist unless the test names one, as <see cref="CliProcess"/> does with EVALUATE_DATA.
/// </summary>
public static class InProcessCli
{
    private static readonly string[] DataVerbs = ["run", "replay", "suites"];

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) =>
        await RunAsync(Registries.CreateDefault(), args);

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(Registries registries, params string[] args)
    {
        if (args.Length > 0 && DataVerbs.Contains(args[0]) && !args.Contains("--data") && !args.Contains("--help"))
            args = [.. args, "--data", Path.Combine(Path.GetTempPath(), "evaluate-no-data-here")];
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.InvokeAsync(args, registries, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
