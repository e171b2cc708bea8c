using System.CommandLine;
using Evaluate.Composition;

namespace Evaluate.Cli.Commands;

/// <summary>
/// `evaluate gate calibrate`: reruns a plan at new seeds, gates each rerun against the first run, and prints the
/// observed false-alarm rate (and with --worse the detection rate) with 95% Clopper-Pearson intervals. It reports
/// figures and is not a gate: exit 0 when it completed, 2 on bad input.
/// </summary>
public static class GateCalibrateCommand
{
    public static Command Create(Registries registries)
    {
        var plan = new Option<string>("--plan") { Description = "Run plan file: its seed (or --seed) makes the baseline", Required = true };
        var rules = new Option<string?>("--rules") { Description = "Gate rules file (default: the gate's default rules)" };
        var reruns = new Option<int>("--reruns") { Description = "Reruns of the unchanged model (and of --worse), at seeds baseline + i × 1,000,000 (i = 1..N: no two runs share a sample's seed)", Required = true };
        var worse = new Option<string?>("--worse") { Description = "A worse model spec replacing the plan's model (e.g. sim:skill=0.55): also measure the detection rate" };
        var limit = new Option<int?>("--limit") { Description = "Problems per suite (over the plan's limit)" };
        var data = new Option<string?>("--data") { Description = "Dataset directory (default: $EVALUATE_DATA, else the user cache)" };
        var outDirectory = new Option<string?>("--out") { Description = "Keep every run in this new or empty directory (default: a temporary one, deleted as it goes)" };
        var seed = new Option<long?>("--seed") { Description = "The baseline's seed (default: the plan's)" };
        var parallel = new Option<int>("--parallel") { Description = "Reruns at once (results do not depend on it)", DefaultValueFactory = _ => 1 };
        var json = new Option<string?>("--json") { Description = "Write the counts, intervals, seeds and the plan's and rules' fingerprints here as JSON" };
        var command = new Command("calibrate", "Measure the gate: false-alarm rate over reseeded reruns (and detection rate of a --worse model), with 95% intervals")
        {
            plan, rules, reruns, worse, limit, data, outDirectory, seed, parallel, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var options = new GateCalibrationOptions(parse.GetValue(plan)!, parse.GetValue(rules), parse.GetValue(reruns), parse.GetValue(worse), parse.GetValue(limit),
                parse.GetValue(data), parse.GetValue(outDirectory), parse.GetValue(seed), parse.GetValue(parallel));
            var report = await new GateCalibration(registries, options, output).RunAsync(cancellationToken).ConfigureAwait(false);
            output.Write(report.ToText());
            if (parse.GetValue(json) is { } jsonPath)
            {
                File.WriteAllText(jsonPath, report.ToJson());
                output.WriteLine($"Summary written to {Path.GetFullPath(jsonPath)}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
