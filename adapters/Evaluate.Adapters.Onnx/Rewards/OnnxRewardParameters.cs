using Evaluate.Adapters.Onnx.Components;
using Evaluate.Core.Components;

namespace Evaluate.Adapters.Onnx.Rewards;

/// <summary>The <c>onnx</c> reward model's parameters as a spec sets them, each declared once with its default.</summary>
public sealed record OnnxRewardParameters : OnnxSessionParameters
{
    /// <summary>Text: orm or prm in any case (<see cref="OnnxRewardOptions.From(OnnxRewardParameters)"/>).</summary>
    [Option("orm: one score per solution (sequence classification); prm: a score at each step_token (process reward)")]
    public string Kind { get; init; } = "orm";

    /// <summary>Text: classifier or lm (<see cref="RewardHead"/>).</summary>
    [Option("classifier: the logits are labels (sequence or token classification, read with label); lm: a causal language model's vocabulary logits, scored at each step tag from the good and bad tokens (Math-Shepherd style, kind=prm)")]
    public string Head { get; init; } = "classifier";

    /// <summary>No default: a process reward model needs it, and it is the model's own token.</summary>
    [Option("prm only, required: the token placed after each step, whose logits give the step's score (e.g. <extra_0>, ки)")]
    public string? StepToken { get; init; }

    /// <summary>Math-Shepherd's name for the same token; giving both with different values is refused.</summary>
    [Option("another name for step_token (Math-Shepherd's)")]
    public string? StepTag { get; init; }

    [Option("which logit is the 'good' class when the head has two or more; a single logit is read through a sigmoid", Min = 0)]
    public int Label { get; init; } = 1;

    /// <summary>No default: the label tokens are the model's own (Math-Shepherd: + and -).</summary>
    [Option("head=lm, required: the token whose probability at a step tag marks a correct step (Math-Shepherd: +)")]
    public string? Good { get; init; }

    [Option("head=lm, required: the token that marks a wrong step (Math-Shepherd: -); score = P(good) / (P(good) + P(bad))")]
    public string? Bad { get; init; }

    [Option("most sequences scored in one forward pass", Min = 1)]
    public int BatchSize { get; init; } = 8;
}
