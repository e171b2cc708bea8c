using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Evaluate.Core.Metrics;

namespace Evaluate.Reports.Writers;

/// <summary>
/// Writes summary.csv: one row per model × suite × strategy with every scalar metric as a column (confidence
/// intervals split into _low and _high). Cells starting with = + - @ are escaped against formula injection.
/// </summary>
public static class SummaryCsvWriter
{
    public static void Write(RunSummary summary, string path)
    {
        var rows = summary.Results.Select(Flatten).ToList();
        var columns = new List<string>();
        foreach (var row in rows)
            foreach (var key in row.Keys)
                if (!columns.Contains(key)) columns.Add(key);

        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary))
        using (var csv = new CsvWriter(writer, config))
        {
            foreach (var column in columns) csv.WriteField(column);
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var column in columns) csv.WriteField(row.TryGetValue(column, out var v) ? v : "");
                csv.NextRecord();
            }
        }
        File.Move(temporary, path, overwrite: true);
    }

    private static OrderedDictionary<string, string> Flatten(CellSummary cell)
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
            switch (value)
            {
                case double[] pair when pair.Length == 2:
                    row[name + "_low"] = Format(pair[0]);
                    row[name + "_high"] = Format(pair[1]);
                    break;
                case null:
                    row[name] = "";
                    break;
                case double d:
                    row[name] = Format(d);
                    break;
                case IFormattable f:
                    row[name] = f.ToString(null, CultureInfo.InvariantCulture);
                    break;
                case string s:
                    row[name] = s;
                    break;
            }
        }
        return row;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
