using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;

namespace Evaluate.Tests.Strategies;

/// <summary>A minimal suite for scripted tests: the answer is the word after the last "Answer:", compared case-insensitively.</summary>
public sealed class AnswerSuite : ISuite
{
    public static Problem Problem(string gold = "A") => new("p1", "Which letter?", gold, ProblemMeta.None);

    public string Name => "answers";
    public string Version => "1";
    public string Description => "scripted answers";
    public IReadOnlyList<DatasetFileInfo> DataFiles => [];
    public IAnswerChecker Checker { get; } = new LetterChecker();
    public IReadOnlyList<Problem> Load(ProblemSelection selection) => [Problem()];
    public IReadOnlyList<ChatMessage> RenderPrompt(Problem problem) => [ChatMessage.User(problem.Text)];

    private sealed class LetterChecker : IAnswerChecker
    {
        public string? Extract(string response)
        {
            var at = response.LastIndexOf("Answer:", StringComparison.Ordinal);
            if (at < 0) return null;
            var answer = response[(at + 7)..].Trim();
            return answer.Length == 0 ? null : answer;
        }

        public Verdict Grade(Problem problem, string? extracted) =>
            extracted is null ? Verdict.NoAnswer : new Verdict(Equivalent(problem, extracted, problem.Gold), "equal");

        public bool Equivalent(Problem problem, string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }
}
