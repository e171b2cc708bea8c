using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;

namespace Evaluate.Tests.Reliability;

/// <summary>
/// A suite whose checker has a bug: the answer is the word after the last "Answer:" (as in the scripted strategy
/// tests), but any call of <see cref="Site"/> that involves the answer <c>trigger</c> ("B"; null: any call) throws.
/// </summary>
public sealed class ThrowingSuite(string site, string? trigger = "B") : ISuite
{
    public static Problem Problem { get; } = new("p1", "Which letter?", "A", ProblemMeta.None);

    public string Site => site;
    public string Name => "throwing";
    public string Version => "1";
    public string Description => "a checker with a bug";
    public IReadOnlyList<DatasetFileInfo> DataFiles => [];
    public IAnswerChecker Checker => new BuggyChecker(site, trigger);
    public IReadOnlyList<Problem> Load(ProblemSelection selection) => [Problem];
    public IReadOnlyList<ChatMessage> RenderPrompt(Problem problem) => [ChatMessage.User(problem.Text)];

    public sealed class BuggyChecker(string site, string? trigger = "B") : IAnswerChecker
    {
        public string? Extract(string response)
        {
            var at = response.LastIndexOf("Answer:", StringComparison.Ordinal);
            var answer = at < 0 ? "" : response[(at + 7)..].Trim();
            Fail("extract", answer);
            return answer.Length == 0 ? null : answer;
        }

        public Verdict Grade(Problem problem, string? extracted)
        {
            Fail("grade", extracted);
            return extracted is null ? Verdict.NoAnswer : new Verdict(extracted == problem.Gold, "equal");
        }

        public bool Equivalent(Problem problem, string a, string b)
        {
            Fail("equivalent", a, b);
            return a == b;
        }

        private void Fail(string here, params string?[] answers)
        {
            if (here == site && (trigger is null || answers.Contains(trigger))) throw new InvalidOperationException($"bug in {here}");
        }
    }
}
