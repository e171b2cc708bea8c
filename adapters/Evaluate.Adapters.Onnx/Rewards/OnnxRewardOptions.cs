using Evaluate.Adapters.Onnx.Components;
using Evaluate.Adapters.Onnx.Runtime;
using Evaluate.Core.Components;

namespace Evaluate.Adapters.Onnx.Rewards;

/// <summary>The <c>onnx</c> reward model's parameters, read and checked from its component spec.</summary>
public sealed record OnnxRewardOptions(string Path, SessionSettings Session, RewardKind Kind, string? StepToken, int Label, int BatchSize)
{
    public static IReadOnlyList<OnnxParameter> Parameters { get; } =
    [
        .. SpecReading.SessionParameters,
        new("kind", "orm", "orm: one score per solution (sequence classification); prm: a score at each step_token (process reward)"),
        new("step_token", null, "prm only, required: the token placed after each step, whose logits give the step's score (e.g. <extra_0>, ки)"),
        new("label", "1", "which logit is the 'good' class when the head has two or more; a single logit is read through a sigmoid"),
        new("batch_size", "8", "most sequences scored in one forward pass"),
    ];

    public static OnnxRewardOptions From(ComponentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.RequireKnown([.. Parameters.Select(p => p.Name)]);
        var kind = spec.Get("kind")?.Trim().ToLowerInvariant() switch
        {
            null or "orm" => RewardKind.Outcome,
            "prm" => RewardKind.Process,
            var other => throw new FormatException($"component '{spec.Name}': kind must be orm or prm, got '{other}'"),
        };
        var stepToken = spec.Get("step_token");
        if (kind == RewardKind.Process && string.IsNullOrEmpty(stepToken))
            throw new FormatException($"component '{spec.Name}': kind=prm needs step_token=TOKEN (the model's step separator)");
        var batch = SpecReading.Positive(spec, "batch_size", 8);
        return new OnnxRewardOptions(SpecReading.RequirePath(spec), SpecReading.Session(spec), kind, stepToken,
            SpecReading.NonNegative(spec, "label", 1), batch);
    }
}
