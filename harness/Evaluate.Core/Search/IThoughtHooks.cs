using Evaluate.Core.Models;
using Evaluate.Core.Problems;

namespace Evaluate.Core.Search;

/// <summary>
/// Suite-provided prompts and parsers for Tree of Thoughts (Yao et al. 2023). A state is the text of the thoughts so
/// far, one per line. A suite offers these hooks by implementing <see cref="IThoughtHooksProvider"/>.
/// </summary>
public interface IThoughtHooks
{
    /// <summary>Thought steps before the final answer (Game of 24: 3 operations).</summary>
    int Steps { get; }

    /// <summary>Asks for candidate next thoughts from <paramref name="state"/> (Game of 24: "Possible next steps:").</summary>
    IReadOnlyList<ChatMessage> ProposePrompt(Problem problem, string state);

    /// <summary>The proposed next thoughts in a response, one per entry, in the order given.</summary>
    IReadOnlyList<string> ParseProposals(string response);

    /// <summary>Asks for an evaluation of <paramref name="state"/> (Game of 24: sure / likely / impossible).</summary>
    IReadOnlyList<ChatMessage> ValuePrompt(Problem problem, string state);

    /// <summary>The value of one evaluation response (Game of 24: sure 20, likely 1, impossible 0.001).</summary>
    double ParseValue(string response);

    /// <summary>Asks for the final answer after all thought steps (Game of 24: the CoT prompt followed by the steps).</summary>
    IReadOnlyList<ChatMessage> FinalPrompt(Problem problem, string state);

    /// <summary>Asks for an evaluation of a final answer (Game of 24: the paper's last-step judge prompt).</summary>
    IReadOnlyList<ChatMessage> FinalValuePrompt(Problem problem, string state, string answer);
}

/// <summary>A suite that supports Tree of Thoughts implements this.</summary>
public interface IThoughtHooksProvider
{
    IThoughtHooks ThoughtHooks { get; }
}
