using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;

namespace Evaluate.Onnx.Tests.Fixtures;

/// <summary>A one-problem suite for strategy tests: the answer is the text after the last "Answer:", compared exactly.</summary>
public sealed class NumberSuite : ISuite
{
    public static Problem Problem { get; } = new("p1", "Which number?", "24", ProblemMeta.None);

    public string Name => "numbers";
    public string Version => "1";
    public string Description => "one scripted problem";
    public IReadOnlyList<DatasetFileInfo> DataFiles => [];
    public IAnswerChecker Checker { get; } = new AnswerAfterColon();
    public IReadOnlyList<Problem> Load(ProblemSelection selection) => [Problem];
    public IReadOnlyList<ChatMessage> RenderPrompt(Problem problem) => [ChatMessage.User(problem.Text)];

    private sealed class AnswerAfterColon : IAnswerChecker
    {
        public string? Extract(string response)
        {
            var at = response.LastIndexOf("Answer:", StringComparison.Ordinal);
            return at < 0 ? null : response[(at + 7)..].Trim();
        }

        public Verdict Grade(Problem problem, string? extracted) =>
            extracted is null ? Verdict.NoAnswer : new Verdict(extracted == problem.Gold, "equal");

        public bool Equivalent(Problem problem, string a, string b) => a == b;
    }
}
