using Evaluate.Core.Plans;

namespace Evaluate.Core.Protocols;

/// <summary>
/// A protocol preset (<c>evals/protocols/r1.yaml</c>, read by <see cref="ProtocolFile"/>): plan values an evaluation
/// protocol fixes (sampling, n per suite, the prompt suffix), applied beneath the plan file and the flags. A key the
/// plan file or a flag gives wins over the preset; the preset's <c>n</c> is one unit of <c>n</c> (its default) and
/// <c>n_per_suite</c> (its suites), so an explicit <c>n</c> replaces both and an explicit <c>n_per_suite</c> the latter.
/// </summary>
/// <param name="Name">The name the plan gave (<c>r1</c> or a path), as the manifest records it.</param>
/// <param name="File">The preset file read.</param>
/// <param name="Settings">Each plan key the preset sets, with its value and line, in file order.</param>
public sealed record ProtocolPreset(string Name, string File, string? Description, IReadOnlyList<ProtocolSetting> Settings)
{
    /// <summary>The plan with every preset value the plan file and flags did not give (<paramref name="given"/>: their key names).</summary>
    public RunPlan ApplyTo(RunPlan plan, IReadOnlySet<string> given)
    {
        foreach (var setting in Settings)
        {
            if (IsOverridden(setting.Key, given)) continue;
            plan = setting.Apply(plan);
        }
        return plan;
    }

    private static bool IsOverridden(PlanKey key, IReadOnlySet<string> given) =>
        given.Contains(key.Name)
        || (key == PlanKeys.NPerSuite && given.Contains(PlanKeys.N.Name));
}

/// <summary>One value of a preset: a plan key, its text as the file wrote it, and where (for errors).</summary>
public sealed record ProtocolSetting(PlanKey Key, PlanText Value, string File, int Line)
{
    public RunPlan Apply(RunPlan plan)
    {
        try
        {
            return Key.Read(plan, Value);
        }
        catch (PlanValueException e)
        {
            throw new Problems.DatasetFormatException(File, Line, Key.Name, e.Message);
        }
    }
}
