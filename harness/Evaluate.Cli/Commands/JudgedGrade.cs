using System.CommandLine;
using Evaluate.Adapters.Cache;
using Evaluate.Adapters.Simulated;
using Evaluate.Composition;
using Evaluate.Composition.Judging;
using Evaluate.Core;
using Evaluate.Core.Components;
using Evaluate.Core.Plans;
using Evaluate.Suites.Grading;

namespace Evaluate.Cli.Commands;

/// <summary>`grade --judge SPEC`: the rules, then the judge where they cannot decide (see <see cref="JudgedPairsGrader"/>).</summary>
internal static class JudgedGrade
{
    public static async Task<int> RunAsync(Registries registries, PairsGrader grader, string inputPath, string? outputPath, string judgeSpec,
        string? auditShare, string? cacheFile, long? seed, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var plan = RunFlags.Apply(new RunPlan { Cache = cacheFile, Seed = seed ?? new RunPlan().Seed }, JudgePlanKeys.Judge, PlanText.Of(judgeSpec));
        if (auditShare is not null) plan = RunFlags.Apply(plan, JudgePlanKeys.JudgeAudit, PlanText.Of(auditShare));
        foreach (var key in JudgePlanKeys.All)
            if (key.Problem(plan) is { } problem) throw new UsageException($"{key} {problem}");
        var spec = JudgeModel.Spec(plan, registries)!;
        var cache = plan.Cache is null ? null : new ResponseCache(plan.Cache);
        // The simulated judge knows no problems: it answers judge prompts only.
        var context = new ComponentContext { Plan = plan, Services = ComponentServices.Empty.With(new Lazy<KnownProblems>(() => KnownProblems.Empty)) };
        var model = JudgeModel.Create(spec, plan, registries, context, cache);
        try
        {
            var judged = new JudgedPairsGrader(grader, JudgeModel.Stage(model, plan), plan.Seed);
            JudgedCounts counts = null!;
            if (outputPath is null)
            {
                await using var standardOutput = Console.OpenStandardOutput();
                counts = await judged.GradeAsync(inputPath, standardOutput, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // Written under a temporary name and moved into place when complete, as the rules-only path does.
                Core.Files.OutputFile.Write(outputPath, stream => counts = judged.GradeAsync(inputPath, stream, cancellationToken).GetAwaiter().GetResult());
            }
            (outputPath is null ? console.Error : console.Output).WriteLine(counts.ToString());
            return ExitCodes.Success;
        }
        finally
        {
            (model as IDisposable)?.Dispose();
        }
    }
}
