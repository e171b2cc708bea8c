using System.CommandLine;
using Evaluate.Composition;
using Evaluate.Core.Metrics;

namespace Evaluate.Cli.Commands;

/// <summary>
/// `evaluate metrics`: every registered metric with its direction, kind, the tables that show it and its help line,
/// generated from the declarations (the same ones summary.json, the tables, compare and the gate read).
/// </summary>
public static class MetricsCommand
{
    public static Command Create(Registries registries)
    {
        var command = new Command("metrics", "List the metrics a run writes: direction, kind, the tables that show them, help");
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            foreach (var metric in registries.MetricCatalog.Declarations)
            {
                var readers = metric.Readers == MetricReaders.None ? "" : $" [{metric.Readers.ToString().ToLowerInvariant()}]";
                var aliases = metric.Aliases is { Count: > 0 } names ? $" (also {string.Join(", ", names)})" : "";
                output.WriteLine($"{metric.Name,-36} {Direction(metric.Direction),-8} {metric.Kind.ToString().ToLowerInvariant(),-10} {metric.Description}{aliases}{readers}");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Direction(MetricDirection direction) => direction switch
    {
        MetricDirection.HigherIsBetter => "higher",
        MetricDirection.LowerIsBetter => "lower",
        _ => "neutral",
    };
}
