using System.CommandLine;
using Evaluate.Composition;
using Evaluate.Core.Suites;
using Evaluate.Suites.Catalog;
using Evaluate.Suites.Custom;
using Evaluate.Suites.Data;
using Evaluate.Suites.Game24;

namespace Evaluate.Cli.Commands;

/// <summary>
/// `evaluate suites`: every suite with its problem count, its date (a competition's day, or "published" and a
/// dataset's publication; blank for undated suites) and where its data comes from.
/// </summary>
public static class SuitesCommand
{
    public static Command Create(Registries registries)
    {
        var data = new Option<string?>("--data") { Description = "Dataset directory (default: $EVALUATE_DATA, else the user cache)" };
        var custom = new Option<string?>("--custom") { Description = $"Folder of custom suite files (*.yaml) to list (default: {CustomSuiteDirectory.DefaultFolder} when present)" };
        var parameters = new Option<bool>("--parameters") { Description = "Also list each suite's parameters" };
        var command = new Command("suites", "List suites with their problem counts") { data, custom, parameters };
        command.SetAction(parse =>
        {
            var catalog = new SuiteCatalog(DataDirectory.Resolve(parse.GetValue(data)), registries.Suites);
            parse.InvocationConfiguration.Output.WriteLine($"data: {catalog.Data.Path} ({catalog.Data.Origin})");
            foreach (var name in registries.Suites.Names)
            {
                var suite = catalog.Create(name);
                var date = SuiteDates.Of(suite)?.Label ?? "";
                if (!catalog.IsAvailable(name))
                {
                    parse.InvocationConfiguration.Output.WriteLine($"{name,-13} {"-",6}  {date,-17}  missing   {suite.Description}");
                    continue;
                }
                var count = suite is Game24Suite game24 ? game24.CountAll() : suite.Load(new ProblemSelection { Split = "all" }).Count;
                var source = suite.DataFiles.FirstOrDefault()?.File ?? "";
                parse.InvocationConfiguration.Output.WriteLine($"{name,-13} {count,6}  {date,-17}  {source,-40} {suite.Description}");
            }
            if (parse.GetValue(parameters)) registries.Suites.Describe(parse.InvocationConfiguration.Output);
            var broken = 0;
            foreach (var file in CustomSuiteDirectory.Find(parse.GetValue(custom) ?? CustomSuiteDirectory.DefaultFolder))
            {
                try
                {
                    var suite = catalog.Create(file);
                    var count = suite.Load(ProblemSelection.All).Count;
                    parse.InvocationConfiguration.Output.WriteLine($"{suite.Name,-13} {count,6}  {"",-17}  {file,-40} {suite.Description} (custom: --suite {file})");
                }
                catch (Exception e) when (ErrorReport.IsUserError(e))
                {
                    // One broken suite file must not hide the others; the exit code still reports it.
                    parse.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
                    broken++;
                }
            }
            return broken == 0 ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return command;
    }
}
