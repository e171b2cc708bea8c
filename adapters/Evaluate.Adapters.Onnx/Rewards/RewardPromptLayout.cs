namespace Evaluate.Adapters.Onnx.Rewards;

/// <summary>
/// The text around the steps. A language-model PRM reads its steps in the layout it was trained on; Math-Shepherd's
/// published inference writes <c>f"{question} {output}"</c> with each step of the output ending in " ки\n", so
/// its layout is one space after the problem and a newline after each step tag (the tag token carries its own leading
/// space in that tokenizer). The classifier layout is the one this adapter has always used.
/// </summary>
public sealed record RewardPromptLayout(string AfterProblem, string AfterStepTag)
{
    public static RewardPromptLayout Classifier { get; } = new("\n\n", "");

    public static RewardPromptLayout MathShepherd { get; } = new(" ", "\n");

    public static RewardPromptLayout For(RewardHead head) => head == RewardHead.LanguageModel ? MathShepherd : Classifier;
}
