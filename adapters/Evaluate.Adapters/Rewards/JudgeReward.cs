using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Rewards;

namespace Evaluate.Adapters.Rewards;

/// <summary>
/// An LLM as judge: any model adapter is asked whether a solution (or the last step of a partial one) is correct,
/// at temperature 0 with top logprobs requested; <see cref="JudgeVerdict"/> turns the answer into a score.
/// <c>mode=yesno</c> asks for yes/no, <c>mode=rating</c> for a 1-10 rating. One judge call per solution and one
/// per step (process scores judge each prefix's last step).
/// </summary>
public sealed class JudgeReward(IModelAdapter judge, string mode = "yesno") : IModelBackedRewardModel
{
    public IRewardModel Using(Func<IModelAdapter, IModelAdapter> wrap) => new JudgeReward(wrap(judge), mode);

    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("judge", $"judge ({judge.Descriptor.Label}, {mode})",
        ("model", judge.Descriptor.ToString()), ("mode", mode));

    public async Task<double> ScoreSolutionAsync(Problem problem, string solution, CancellationToken cancellationToken) =>
        await AskAsync($"Problem:\n{problem.Text}\n\nProposed solution:\n{solution}\n\n{Question("the proposed solution")}", cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<double>> ScoreStepsAsync(Problem problem, IReadOnlyList<string> steps, CancellationToken cancellationToken)
    {
        var scores = new double[steps.Count];
        for (var i = 0; i < steps.Count; i++)
        {
            var previous = string.Join("\n", steps.Take(i));
            scores[i] = await AskAsync(
                $"Problem:\n{problem.Text}\n\nSteps so far:\n{previous}\n\nNext step:\n{steps[i]}\n\n{Question("the next step")}", cancellationToken).ConfigureAwait(false);
        }
        return scores;
    }

    private string Question(string what) => mode == "rating"
        ? $"Rate how likely {what} is correct from 1 (surely wrong) to 10 (surely right). Reply as: Rating: N"
        : $"Is {what} correct? Answer with yes or no.";

    private async Task<double> AskAsync(string prompt, CancellationToken cancellationToken)
    {
        var result = await judge.GenerateAsync(new GenerationRequest
        {
            Messages = [ChatMessage.User(prompt)], N = 1, Temperature = 0, TopP = 1, Seed = 0, MaxTokens = 16, TopLogprobs = 5,
        }, cancellationToken).ConfigureAwait(false);
        return result.Completions.Count == 0 ? 0.5 : JudgeVerdict.Score(result.Completions[0]);
    }
}
