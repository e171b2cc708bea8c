using Evaluate.Core;
using Evaluate.Core.Files;
using Evaluate.Core.Results;
using Evaluate.Reports.Charts;
using Evaluate.Reports.Comparison;
using Evaluate.Reports.History;
using Evaluate.Reports.Markdown;

namespace Evaluate.Reports.Html;

/// <summary>
/// Builds a report from run directories (and optionally a baseline and a history database): reads the summaries
/// (schema checked), renders every chart that has something to show, compares with the baseline, embeds the samples
/// within the budget, and writes report.html, report.md and charts/*.svg and .png. Reads result files only.
/// </summary>
public static class ReportBuilder
{
    /// <summary>Every chart type, in the order the page shows them.</summary>
    public static IReadOnlyList<IReportChart> Charts { get; } =
    [
        new PassMajAtKChart(), new AccuracyTokensChart(), new ComputeFrontierChart(), new RunBarsChart(), new LevelAccuracyChart(), new LevelTokensChart(), new LengthHistogramChart(), new OverthinkingChart(),
        new CostAccuracyChart(),
        new TrendChart("accuracy"), new TrendChart("mean_completion_tokens_per_problem"),
    ];

    public static ReportPage Build(ReportOptions options)
    {
        if (options.Runs.Count == 0 && options.History is null) throw new UsageException("report needs at least one RUN_DIR (or --history FILE)");
        var runs = options.Runs.Select(Read).ToList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        // Two runs with the same directory name get #2, #3 so filters and labels tell them apart.
        runs = runs.Select(r => names.Add(r.Name) ? r : r with { Name = Unique(r.Name, names) }).ToList();
        var history = options.History is null ? [] : HistoryStore.Open(options.History).EntriesWithDrops(options.Catalog);
        var data = new ReportData(runs, history, options.Catalog);

        var comparisons = new List<(string, RunComparison)>();
        var flips = new FlipIndex();
        if (options.Baseline is not null)
        {
            var baseline = RunEvidence.Read(options.Baseline);
            var comparer = new RunComparer(catalog: options.Catalog);
            // The baseline itself may be among the runs shown; comparing it with itself says nothing.
            foreach (var run in runs.Where(r => Path.GetFullPath(r.Directory) != baseline.Path))
            {
                var evidence = RunEvidence.Read(run.Directory);
                var comparison = comparer.Compare(baseline, evidence);
                comparisons.Add((run.Name, comparison));
                var (pairs, _, _) = CellPairing.Pair(baseline.Cells, evidence.Cells);
                foreach (var (b, c) in pairs)
                {
                    var cell = comparison.Cells.First(x => x.Suite == c.Key.Suite && x.Strategy == c.Key.Strategy && x.CandidateModel == c.Key.Model);
                    flips.Add(run.Name, c.Key, cell, c.Problems.Keys.Where(b.Problems.ContainsKey));
                }
            }
        }
        // The headline's deltas: every run against the reference run (the baseline when it is one of the runs shown).
        var reference = options.Baseline is null ? 0 : Math.Max(0, runs.FindIndex(r => Path.GetFullPath(r.Directory) == Path.GetFullPath(options.Baseline)));
        var againstReference = new RunComparison?[runs.Count];
        var mismatches = new List<string>();
        if (runs.Count > 1)
        {
            var comparer = new RunComparer(catalog: options.Catalog);
            var referenceEvidence = RunEvidence.Read(runs[reference].Directory);
            for (var r = 0; r < runs.Count; r++)
            {
                if (r == reference) continue;
                againstReference[r] = comparer.Compare(referenceEvidence, RunEvidence.Read(runs[r].Directory));
                mismatches.AddRange(againstReference[r]!.Mismatches.Select(m => $"{runs[r].Name} against {runs[reference].Name}: {m}"));
            }
        }
        var headline = PairedHeadline.Build(data, againstReference, reference);
        var charts = Charts.Select(c => c.Render(data)).Where(c => c is not null).Select(c => c!).ToList();
        var (json, embedded, total) = SampleBrowserData.Build(runs, flips, options.BudgetBytes);
        var title = options.Title ?? (runs.Count == 1 ? $"Evaluate report: {runs[0].Name}" : "Evaluate report");
        return new ReportPage(title, data, charts, comparisons, json, embedded, total, options.BudgetBytes, headline, reference, mismatches);
    }

    /// <summary>Builds and writes the report; returns the path of report.html.</summary>
    public static string Write(ReportOptions options)
    {
        var page = Build(options);
        var charts = Path.Combine(options.Out, "charts");
        Directory.CreateDirectory(charts);
        foreach (var chart in page.Charts)
        {
            OutputFile.WriteAllText(Path.Combine(charts, chart.Name + ".svg"), chart.Svg);
            OutputFile.WriteAllBytes(Path.Combine(charts, chart.Name + ".png"), chart.Png);
        }
        OutputFile.WriteAllText(Path.Combine(options.Out, "report.md"), ReportMarkdownWriter.Write(page));
        var html = Path.Combine(options.Out, "report.html");
        OutputFile.WriteAllText(html, HtmlReportWriter.Write(page));
        return html;
    }

    private static ReportRun Read(string directory)
    {
        var run = RunDirectory.Open(directory);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        return new ReportRun(directory, name, run.ReadSummary());
    }

    private static string Unique(string name, HashSet<string> names)
    {
        for (var i = 2; ; i++)
            if (names.Add($"{name} #{i}")) return $"{name} #{i}";
    }
}
