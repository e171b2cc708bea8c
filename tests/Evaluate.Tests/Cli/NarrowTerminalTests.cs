using System.Text.RegularExpressions;
using Evaluate.Cli.Terminal;
using Evaluate.Core.Metrics;
using Evaluate.Core.Metrics.Table;
using Evaluate.Core.Results;
using Evaluate.Core.Running;
using Evaluate.Tests.Support;
using Spectre.Console;

namespace Evaluate.Tests.Cli;

/// <summary>
/// An 80-column terminal (issue 20: the progress bar collapsed to "…" and the results table broke one word per line):
/// rendered through Spectre at a fixed width, no line is wider than the terminal and every name and figure is whole.
/// </summary>
public sealed partial class NarrowTerminalTests
{
    private static (IAnsiConsole Console, StringWriter Output) Terminal(int width, bool live = false)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = live ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = live ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = width;
        return (console, output);
    }

    private static string[] Lines(string text) => ControlSequence().Replace(text, "").Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    [GeneratedRegex(@"\x1b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex ControlSequence();

    private static async Task<RunSummary> SummaryAsync()
    {
        var work = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", "probes", "--strategy", "greedy", "--strategy", "sample:n=4",
            "--limit", "5", "--out", work);
        Assert.That(code, Is.Zero, error);
        return RunDirectory.Open(work).ReadSummary();
    }

    [Test]
    public async Task The_results_tables_fit_80_columns_with_every_name_and_figure_whole()
    {
        var summary = await SummaryAsync();
        var (console, output) = Terminal(80);

        ResultsTable.Print(summary, TextWriter.Null, plain: false, console: console);

        var lines = Lines(output.ToString());
        Assert.That(lines.Where(l => l.Length > 80), Is.Empty);
        var text = string.Join("\n", lines);
        foreach (var cell in summary.Results)
        {
            Assert.That(text, Does.Contain(cell.Suite).And.Contain(cell.Strategy), "cell names unbroken");
            foreach (var reader in new[] { MetricReaders.Headline, MetricReaders.Efficiency })
            {
                var table = ResultTable.For(MetricCatalog.Default, reader, summary.Results.Select(c => c.Metrics));
                foreach (var (header, value) in table.Headers.Zip(table.Row(cell.Metrics)))
                    Assert.That(text, Does.Contain($"{header} {value}"), $"{header} and its value on one line");
            }
        }
        Assert.That(text, Does.Contain("accuracy"));
    }

    [Test]
    public async Task A_wide_terminal_still_gets_the_drawn_table()
    {
        var summary = await SummaryAsync();
        var (console, output) = Terminal(400);

        ResultsTable.Print(summary, TextWriter.Null, plain: false, console: console);

        Assert.That(output.ToString(), Does.Contain("accuracy").And.Contain("│"));
    }

    [Test]
    public void The_progress_bar_fits_80_columns_with_a_readable_label()
    {
        var (console, output) = Terminal(80, live: true);
        var layout = ProgressLayout.For(80);
        var key = new RunKey("sim:overthink=0.3,skill=0.7,verbosity=1", "probes", "sample:n=4,temperature=0.7,top_p=0.95");

        console.Progress().AutoRefresh(false).Columns(layout.Columns()).Start(context =>
        {
            new SpectreProgress(context, layout).CellStarted(key, problems: 10, alreadyDone: 3);
            context.Refresh();
        });

        var lines = Lines(output.ToString()).Where(l => l.Trim().Length > 0).ToList();
        Assert.That(lines.Where(l => l.Length > 80), Is.Empty);
        Assert.That(lines, Has.Some.Contain("sim × probes × sample").And.Some.Contain("30%"), string.Join("\n", lines));
    }

    [Test]
    public void A_label_that_fits_is_shown_in_full_and_a_long_one_keeps_the_names()
    {
        var key = new RunKey("sim:overthink=0.3,skill=0.7,verbosity=1", "probes", "greedy:n=1,temperature=0");
        Assert.That(ProgressLayout.For(200).Label(key), Is.EqualTo(key.ToString()));
        Assert.That(ProgressLayout.For(80).Label(key), Is.EqualTo("sim × probes × greedy"));
        Assert.That(ProgressLayout.For(30).Label(key), Has.Length.LessThanOrEqualTo(ProgressLayout.For(30).LabelWidth).And.EndWith("…"));
    }
}
