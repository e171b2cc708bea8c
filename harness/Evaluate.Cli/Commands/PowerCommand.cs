using System.CommandLine;
using Evaluate.Composition;
using Evaluate.Reports.Comparison;
using Evaluate.Reports.Gate;
using Evaluate.Reports.Statistics;

namespace Evaluate.Cli.Commands;

/// <summary>
/// `evaluate power --baseline RUN_DIR --metric accuracy --drop 0.03`: for each cell of a baseline run, the smallest
/// drop the gate's paired test detects now and the problems and samples per problem a drop of --drop needs at 80%
/// power (docs/reports.md).
/// </summary>
public static class PowerCommand
{
    public static Command Create(Registries registries)
    {
        var baseline = new Option<string>("--baseline") { Description = "Baseline run directory (the run the gate will compare against)", Required = true };
        var metric = new Option<string>("--metric") { Description = "Gateable metric: accuracy, pass@max, maj@max, mean_completion_tokens_per_problem, …", Required = true };
        var drop = new Option<double>("--drop") { Description = "Worsening to detect, in the metric's units (0.03 = 3 points), or a share of the baseline with --relative", Required = true };
        var relative = new Option<bool>("--relative") { Description = "--drop is a share of the baseline value (0.1 = 10% more tokens)" };
        var log = new Option<bool>("--log") { Description = "Plan the test on log(1 + x) per problem, as a rule with log: true" };
        var alpha = new Option<double>("--alpha") { Description = "The gate's α", DefaultValueFactory = _ => GateRules.DefaultAlpha };
        var power = new Option<double>("--power") { Description = "Power to reach", DefaultValueFactory = _ => PowerPlanner.DefaultPower };
        var tests = new Option<int>("--tests") { Description = "Checks in the gate's family (Holm's or Bonferroni's worst step tests at α / tests)", DefaultValueFactory = _ => 1 };
        var command = new Command("power", "Size a suite: per cell of a baseline run, the problems and samples per problem a paired test needs to detect a drop")
        {
            baseline, metric, drop, relative, log, alpha, power, tests,
        };
        command.SetAction(parse =>
        {
            var run = RunEvidence.Read(parse.GetValue(baseline)!);
            var name = parse.GetValue(metric)!;
            var rows = PowerSizing.Plan(run, name, parse.GetValue(drop), parse.GetValue(relative), parse.GetValue(log),
                parse.GetValue(alpha), parse.GetValue(power), parse.GetValue(tests), registries.MetricCatalog);
            parse.InvocationConfiguration.Output.Write(PowerSizing.Write(rows, name, parse.GetValue(drop), parse.GetValue(alpha), parse.GetValue(power), parse.GetValue(tests), parse.GetValue(log)));
            return ExitCodes.Success;
        });
        return command;
    }
}
