using System.CommandLine;
using Evaluate.Cli.Terminal;
using Evaluate.Composition;
using Evaluate.Core;
using Evaluate.Core.Exporters;
using Evaluate.Core.Plans;
using Evaluate.Core.Running;
using Spectre.Console;

namespace Evaluate.Cli.Commands;

/// <summary>`evaluate run`: a plan file and/or flags; flags override the plan. Parse, call the run job, print.</summary>
public static class RunCommand
{
    public static Command Create(Registries registries)
    {
        var flags = new RunFlags(registries);
        var command = new Command("run", "Evaluate models on suites with strategies; writes samples.jsonl, summary.json and summary.csv");
        flags.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var plan = flags.Resolve(parse);
            var options = new RunJobOptions(parse.GetValue(flags.Data), parse.GetValue(flags.Out), parse.GetValue(flags.Resume), parse.InvocationConfiguration.Output,
                Shard: ShardFlag.Resolve(parse.GetValue(flags.Shard), parse.GetValue(flags.ShardCount), ShardFlag.ProcessEnvironment()),
                AllowUnverifiedData: parse.GetValue(flags.AllowUnverifiedData));
            var after = new AfterRun(parse.GetValue(flags.History), parse.GetValue(flags.Report), parse.GetValue(flags.HistoryTag), registries.MetricCatalog);
            return await ExecuteAsync(plan, registries, options, cancellationToken, after).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Runs a plan with progress on the terminal, then prints the results tables and where they went.</summary>
    public static async Task<int> ExecuteAsync(RunPlan plan, Registries registries, RunJobOptions options, CancellationToken cancellationToken, AfterRun? after = null)
    {
        after?.CheckFiles();
        var plain = ConsoleMode.IsPlain || !ReferenceEquals(options.Output, Console.Out);
        var job = new RunJob(plan, registries, options with { Plain = plain });
        if (plain)
            await job.RunAsync(new PlainProgress(options.Output), cancellationToken).ConfigureAwait(false);
        else
        {
            var layout = ProgressLayout.For(AnsiConsole.Profile.Width);
            await AnsiConsole.Progress()
                .Columns(layout.Columns())
                .StartAsync(ctx => job.RunAsync(new SpectreProgress(ctx, layout), cancellationToken)).ConfigureAwait(false);
        }
        new TerminalTableExporter().Export(job.Summary!, new ExportTarget(job.OutputDirectory!, options.Output, plain, registries.MetricCatalog));
        options.Output.WriteLine($"Results written to {Path.GetFullPath(job.OutputDirectory!)}");
        after?.Apply(job.OutputDirectory!, options.Output);
        return ErroredProblems(job, plan, options);
    }

    /// <summary>A failure is never a result: a run with errored problems says so and exits 4 unless errors are allowed.</summary>
    private static int ErroredProblems(RunJob job, RunPlan plan, RunJobOptions options)
    {
        var errors = job.Summary!.Results.Sum(r => (int)(Evaluate.Core.Metrics.MetricValue.Number(r.Metrics, "errors") ?? 0));
        if (errors == 0) return ExitCodes.Success;
        var first = job.FirstError is { } e ? $" (first: {e})" : "";
        options.Output.WriteLine($"{errors} problem(s) errored{first}: they are not scored; --resume runs them again.");
        return plan.AllowErrors ? ExitCodes.Success : ExitCodes.FinishedWithErrors;
    }
}
