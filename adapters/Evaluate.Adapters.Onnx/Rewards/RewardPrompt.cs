using Evaluate.Adapters.Onnx.Tokenization;
using Evaluate.Core.Problems;

namespace Evaluate.Adapters.Onnx.Rewards;

/// <summary>
/// What the scorer reads: the problem statement, a separator, then the solution. A process reward gets each step
/// encoded on its own and followed by the step token's id, so the step positions are exact (the scored position holds
/// the step token) even when a step's text happens to contain the separator.
/// </summary>
/// <param name="layout">The separators around the steps; <see cref="RewardPromptLayout.Classifier"/> unless the head says otherwise.</param>
public sealed class RewardPrompt(TextTokenizer tokenizer, int? stepTokenId, RewardPromptLayout? layout = null)
{
    private readonly RewardPromptLayout _layout = layout ?? RewardPromptLayout.Classifier;

    public ScoredSequence Outcome(Problem problem, string solution)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var ids = tokenizer.Encode($"{problem.Text}{_layout.AfterProblem}{solution}");
        return new ScoredSequence(ids, [ids.Count - 1]);
    }

    public ScoredSequence Process(Problem problem, IReadOnlyList<string> steps)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(steps);
        var step = stepTokenId ?? throw new InvalidOperationException("process scores need a step token");
        var ids = new List<int>(tokenizer.Encode($"{problem.Text}{_layout.AfterProblem}"));
        var positions = new List<int>(steps.Count);
        var afterTag = _layout.AfterStepTag.Length > 0 ? tokenizer.Encode(_layout.AfterStepTag, addSpecialTokens: false) : [];
        for (var i = 0; i < steps.Count; i++)
        {
            if (i > 0) ids.AddRange(afterTag);
            ids.AddRange(tokenizer.Encode(steps[i], addSpecialTokens: false));
            positions.Add(ids.Count);
            ids.Add(step);
        }
        return new ScoredSequence(ids, positions);
    }
}
