using System.CommandLine;
using Evaluate.Cli.Commands;
using Evaluate.Composition;

namespace Evaluate.Cli;

/// <summary>
/// The `evaluate` command line built over a set of registries: every verb's help and every component list come from
/// them, so a component registered in a test or another program shows up here without further edits. Programs and
/// tests call <see cref="InvokeAsync"/> in process; Program.cs adds only the signal handling.
/// </summary>
public static class CliApp
{
    public static RootCommand Build(Registries registries) => new("evaluate: benchmark and evaluation harness for reasoning language models")
    {
        RunCommand.Create(registries),
        SuitesCommand.Create(registries),
        ComponentListCommand.Create("models", "List model adapters and their parameters", registries.Models),
        ComponentListCommand.Create("strategies", "List strategies and their parameters", registries.Strategies),
        ComponentListCommand.Create("rewards", "List reward models and their parameters", registries.Rewards),
        MetricsCommand.Create(registries),
        ServeCommand.Create(registries),
        GradeCommand.Create(registries),
        DatasetsCommand.Create(),
        ReplayCommand.Create(registries),
        MergeCommand.Create(registries),
        CompareCommand.Create(registries),
        GateCommand.Create(registries),
        PowerCommand.Create(registries),
        ReportCommand.Create(registries),
        ExportTracesCommand.Create(),
    };

    /// <summary>
    /// Parses and runs one command line; returns its exit code: 0 success, 2 bad usage, configuration or data (the
    /// message alone on <paramref name="error"/>), 3 a run that stopped itself (failing wholesale), 4 a run that
    /// finished with errored problems, 130 interrupted; other expected failures (no space left, a missing file, a port in
    /// use) as <see cref="ErrorReport.Expected"/> maps them. Any other exception is a bug: exit 70, one line, the trace in a file.
    /// </summary>
    public static async Task<int> InvokeAsync(string[] args, Registries registries, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var parse = Build(registries).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            await error.WriteLineAsync("Try 'evaluate --help'.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        try
        {
            var configuration = new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null, Output = output, Error = error,
            };
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("interrupted: finished problems were written and summarised (complete: false)").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
        catch (Evaluate.Core.Running.RunAbortedException e)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            await error.WriteLineAsync(e.Hint).ConfigureAwait(false);
            return ExitCodes.RunStopped;
        }
        catch (Exception e) when (ErrorReport.Expected(e) is { } expected)
        {
            await error.WriteLineAsync($"error: {expected.Message}").ConfigureAwait(false);
            return expected.Code;
        }
        catch (Exception e)
        {
            await error.WriteLineAsync($"error: {ErrorReport.ReportBug(e, args)}").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
    }
}
