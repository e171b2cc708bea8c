using Evaluate.Core.Models;

namespace Evaluate.Core.Strategies;

/// <summary>
/// A partial solution in step-level search: the steps so far, their PRM scores and the tokens they cost.
/// <see cref="Text"/> is the assistant turn to continue (preamble plus each step and its boundary).
/// </summary>
/// <param name="LastStepLogprob">Sum of the token logprobs of the latest step, when the model returned them.</param>
public sealed record StepPath(string Preamble, string Boundary, IReadOnlyList<string> Steps, IReadOnlyList<double> Scores, bool IsFinal, TokenUsage Usage,
    double? LastStepLogprob = null)
{
    public static StepPath Start(string preamble, string boundary) => new(preamble, boundary, [], [], false, TokenUsage.Zero);

    public string Text => Preamble + string.Concat(Steps.Select(s => s + Boundary));

    public StepPath Extend(string step, bool isFinal, TokenUsage usage) =>
        this with
        {
            Steps = [.. Steps, step],
            IsFinal = isFinal,
            // Prompt tokens of the latest call (it includes the whole prefix); completion tokens summed over the steps.
            Usage = new TokenUsage(usage.PromptTokens, Usage.CompletionTokens + usage.CompletionTokens,
                Usage.ReasoningTokens + usage.ReasoningTokens, usage.Source),
        };

    public Completion ToCompletion() =>
        new(Preamble + string.Join(Boundary, Steps), null, IsFinal ? "stop" : "search-limit", Usage);
}
