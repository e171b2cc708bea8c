using System.CommandLine;
using Evaluate.Composition;

namespace Evaluate.Cli.Commands;

/// <summary>`evaluate merge SHARD_DIR… --out DIR [--allow-partial]`: the shards of one run into the one-machine result.</summary>
public static class MergeCommand
{
    public static Command Create(Registries registries)
    {
        var shards = new Argument<string[]>("SHARD_DIR") { Description = "Output directories of `run --shard I/N`, one per shard, in any order", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Directory for the merged run (must not hold results)", Required = true };
        var allowPartial = new Option<bool>("--allow-partial") { Description = "Merge missing or unfinished shards too; summary.json then says \"complete\": false" };
        var history = new Option<string?>("--history") { Description = "Append the merged run to this SQLite history database (as `run --history` does for one machine)" };
        var historyTag = new Option<string?>("--history-tag") { Description = "With --history: tag the entry" };
        var report = new Option<bool>("--report") { Description = "Also write report.html into the merged directory" };
        var command = new Command("merge", "Merge the shards of a run (run --shard I/N) into the files one machine would have written")
        {
            shards, output, allowPartial, history, historyTag, report,
        };
        command.SetAction(parse =>
        {
            var writer = parse.InvocationConfiguration.Output;
            var job = new MergeJob(registries, writer);
            job.Merge(parse.GetValue(shards)!, parse.GetValue(output)!, parse.GetValue(allowPartial));
            writer.WriteLine($"Merged {parse.GetValue(shards)!.Length} shard(s) into {Path.GetFullPath(parse.GetValue(output)!)}");
            new AfterRun(parse.GetValue(history), parse.GetValue(report), parse.GetValue(historyTag), registries.MetricCatalog).Apply(parse.GetValue(output)!, writer);
            return ExitCodes.Success;
        });
        return command;
    }
}
