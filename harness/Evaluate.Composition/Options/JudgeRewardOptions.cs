using Evaluate.Core.Components;

namespace Evaluate.Composition;

/// <summary>The <c>judge</c> reward model's parameter: how the evaluated model is asked.</summary>
public sealed record JudgeRewardOptions
{
    [Option("yesno (probability of yes) or rating (1-10)", Choices = ["yesno", "rating"])]
    public string Mode { get; init; } = "yesno";
}
