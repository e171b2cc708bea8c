using Evaluate.Adapters.Onnx.Tokenization;
using Evaluate.Core.Problems;

namespace Evaluate.Adapters.Onnx.Rewards;

/// <summary>
/// What the scorer reads: the problem statement, a blank line, then the solution. A process reward gets each step
/// encoded on its own and followed by the step token's id, so the step positions are exact even when a step's text
/// happens to contain the separator.
/// </summary>
public sealed class RewardPrompt(TextTokenizer tokenizer, int? stepTokenId)
{
    public ScoredSequence Outcome(Problem problem, string solution)
    {
        var ids = tokenizer.Encode($"{problem.Text}\n\n{solution}");
        return new ScoredSequence(ids, [ids.Count - 1]);
    }

    public ScoredSequence Process(Problem problem, IReadOnlyList<string> steps)
    {
        var step = stepTokenId ?? throw new InvalidOperationException("process scores need a step token");
        var ids = new List<int>(tokenizer.Encode($"{problem.Text}\n\n"));
        var positions = new List<int>(steps.Count);
        foreach (var text in steps)
        {
            ids.AddRange(tokenizer.Encode(text, addSpecialTokens: false)); // BOS once, at the prompt's start
            positions.Add(ids.Count);
            ids.Add(step);
        }
        return new ScoredSequence(ids, positions);
    }
}
