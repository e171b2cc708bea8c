using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Evaluate.Core.Exporters;
using Evaluate.Core.Metrics;

namespace Evaluate.Reports.Writers;

/// <summary>
/// Writes summary.csv: one row per model × suite × strategy with every scalar metric as a column (confidence
/// intervals split into _low and _high; tables such as token_sources left out). The metric catalog says which is
/// which. Cells starting with = + - @ are escaped against formula injection.
/// </summary>
public sealed class SummaryCsvWriter : IRunExporter
{
    public string Name => "csv";

    public void Export(RunSummary summary, ExportTarget target) => Write(summary, Path.Combine(target.Directory, "summary.csv"), target.Metrics);

    public static void Write(RunSummary summary, string path, MetricCatalog? catalog = null)
    {
        var rows = summary.Results.Select(c => Flatten(c, catalog ?? MetricCatalog.Default)).ToList();
        var columns = new List<string>();
        foreach (var row in rows)
            foreach (var key in row.Keys)
                if (!columns.Contains(key)) columns.Add(key);

        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };
        Evaluate.Core.Files.OutputFile.WriteText(path, writer =>
        {
            using var csv = new CsvWriter(writer, config, leaveOpen: true);
            foreach (var column in columns) csv.WriteField(column);
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var column in columns) csv.WriteField(row.TryGetValue(column, out var v) ? v : "");
                csv.NextRecord();
            }
        });
    }

    private static OrderedDictionary<string, string> Flatten(CellSummary cell, MetricCatalog catalog)
    {
        var row = new OrderedDictionary<string, string>
        {
            ["model"] = cell.Model,
            ["model_label"] = cell.ModelLabel,
            ["suite"] = cell.Suite,
            ["strategy"] = cell.Strategy,
            ["simulated"] = cell.Simulated ? "true" : "false",
        };
        foreach (var (name, value) in cell.Metrics)
        {
            switch (catalog.Describe(name).Kind)
            {
                case MetricKind.Table:
                    break;
                case MetricKind.Interval:
                    if (MetricValue.Interval(value) is not { } interval) break;
                    row[name + "_low"] = Format(interval.Low);
                    row[name + "_high"] = Format(interval.High);
                    break;
                default:
                    row[name] = MetricValue.Number(value) is { } number ? Format(number) : "";
                    break;
            }
        }
        return row;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
