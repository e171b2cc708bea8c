using Evaluate.Core.Models;
using Evaluate.Core.Problems;

namespace Evaluate.Core.Suites;

/// <summary>A problem set: loads problems, renders prompts and owns answer extraction and grading.</summary>
public interface ISuite
{
    string Name { get; }
    /// <summary>Bumped whenever prompts, extraction or grading change, so results say which rules produced them.</summary>
    string Version { get; }
    string Description { get; }

    /// <summary>Loads the selected problems. Bad data throws <see cref="DatasetFormatException"/>.</summary>
    IReadOnlyList<Problem> Load(ProblemSelection selection);

    /// <summary>The data files behind the last <see cref="Load"/> with their SHA-256 (empty when generated).</summary>
    IReadOnlyList<DatasetFileInfo> DataFiles { get; }

    /// <summary>The chat messages that ask the model to solve <paramref name="problem"/>.</summary>
    IReadOnlyList<ChatMessage> RenderPrompt(Problem problem);

    IAnswerChecker Checker { get; }

    /// <summary>How the prompt asks for the final answer, when the suite says (null: read the prompt).</summary>
    AnswerForm? AnswerForm => null;
}
