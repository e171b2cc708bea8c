using System.CommandLine;
using Evaluate.Composition;
using Evaluate.Reports.Html;

namespace Evaluate.Cli.Commands;

/// <summary>`evaluate report RUN_DIR… [--out DIR] [--title T] [--baseline RUN_DIR] [--history FILE]`: the HTML and Markdown report with charts.</summary>
public static class ReportCommand
{
    public static Command Create(Registries registries)
    {
        var runs = new Argument<string[]>("RUN_DIR") { Description = "Run directories to report on; with several, rows are paired by cell and the first run (or --baseline, when shown) is the reference of the deltas", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--out") { Description = "Output directory (default: the run's directory for one run, else ./report)" };
        var title = new Option<string?>("--title") { Description = "Page title" };
        var baseline = new Option<string?>("--baseline") { Description = "Compare every run with this run: flips, deltas, p-values" };
        var history = new Option<string?>("--history") { Description = "History database: draw trend lines across its runs" };
        var budget = new Option<int?>("--sample-budget-mb") { Description = "Largest size of the samples embedded in the page, in MB (default 20)" };
        var command = new Command("report", "Write report.html (self-contained, charts and a sample browser), report.md and charts/*.svg|png from result files")
        {
            runs, output, title, baseline, history, budget,
        };
        command.SetAction(parse =>
        {
            var directories = parse.GetValue(runs) ?? [];
            var options = new ReportOptions(directories,
                parse.GetValue(output) ?? (directories.Length == 1 ? directories[0] : "report"),
                parse.GetValue(title), parse.GetValue(baseline), parse.GetValue(history),
                (parse.GetValue(budget) ?? 20) * 1024L * 1024, registries.MetricCatalog);
            var path = ReportBuilder.Write(options);
            parse.InvocationConfiguration.Output.WriteLine($"Report written to {Path.GetFullPath(path)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
