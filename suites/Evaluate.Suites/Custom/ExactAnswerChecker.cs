using Evaluate.Core.Analysis;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Grading;

namespace Evaluate.Suites.Custom;

/// <summary>
/// Exact string answers: the last <c>\boxed{}</c>, else the text after the last "Answer:" / "the answer is"; in
/// flexible mode, else the last non-empty line. Answers compare after trimming, collapsing white space and dropping a
/// final period; case matters (use a map in the data when it should not).
/// </summary>
public sealed class ExactAnswerChecker(ExtractionMode mode = ExtractionMode.Strict) : IAnswerChecker
{
    /// <summary>Boxes and "Answer:" / "the answer is" are what <see cref="Extract"/> reads.</summary>
    public AnswerCues Cues => AnswerCues.Boxed | AnswerCues.AnswerPhrase;

    public string? Extract(string response)
    {
        var text = AnswerExtractor.VisibleText(response);
        if (string.IsNullOrWhiteSpace(text)) return null;
        var found = AnswerExtractor.LastBoxed(text) ?? AfterAnswerMarker(text) ?? AnswerExtractor.AfterPhrase(text);
        if (found is null && mode == ExtractionMode.Flexible)
            found = text.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Length > 0);
        var normalised = found is null ? null : Normalise(found);
        return string.IsNullOrEmpty(normalised) ? null : normalised;
    }

    public Verdict Grade(Problem problem, string? extracted) =>
        extracted is null ? Verdict.NoAnswer
        : Normalise(extracted) == Normalise(problem.Gold) ? new Verdict(true, GradingReasons.Equal)
        : new Verdict(false, GradingReasons.NotEqual);

    public bool Equivalent(Problem problem, string a, string b) => Normalise(a) == Normalise(b);

    private static string? AfterAnswerMarker(string text)
    {
        var marker = text.LastIndexOf("Answer:", StringComparison.OrdinalIgnoreCase);
        if (marker < 0) return null;
        var rest = text[(marker + "Answer:".Length)..];
        var end = rest.IndexOf('\n');
        return end >= 0 ? rest[..end] : rest;
    }

    private static string Normalise(string answer)
    {
        var collapsed = string.Join(' ', answer.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Trim().TrimEnd('.').Trim('$', '*', '`').Trim();
    }
}
