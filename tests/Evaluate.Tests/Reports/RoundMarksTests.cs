using Evaluate.Core.Analysis;
using Evaluate.Reports.Html;

namespace Evaluate.Tests.Reports;

public sealed class RoundMarksTests
{
    private static SolutionRound Round(string answer, bool correct) => new(answer, AnswerRule.Boxed, 0, 0, correct, true);

    [Test]
    public void Marks_each_round_end_in_the_part_it_was_stated_in()
    {
        const string response = "<think>Try 1+1 = 3, so \\boxed{3}. Wait.</think>Recount: \\boxed{2}";
        var split = ReasoningSplit.Of(response, null);
        var (reasoning, answer) = RoundMarks.Locate(split, [Round("3", false), Round("2", true)]);

        Assert.That(reasoning, Has.Count.EqualTo(1));
        Assert.That(split.Reasoning[reasoning[0][0]..reasoning[0][1]], Does.StartWith("\\boxed{3}"));
        Assert.That(reasoning[0][2..], Is.EqualTo(new[] { 1, 0 }), "round 1, wrong");
        Assert.That(answer, Has.Count.EqualTo(1));
        Assert.That(split.Answer[answer[0][0]..answer[0][1]], Is.EqualTo("\\boxed{2}"));
        Assert.That(answer[0][2..], Is.EqualTo(new[] { 2, 1 }), "round 2, correct");
    }

    [Test]
    public void Stops_marking_where_the_text_no_longer_states_the_recorded_answers()
    {
        var split = ReasoningSplit.Of("\\boxed{5} then \\boxed{6} then \\boxed{7}", null);
        var (_, answer) = RoundMarks.Locate(split, [Round("5", true), Round("9", false), Round("7", false)]);
        Assert.That(answer.Select(m => m[2]), Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public void Marks_rounds_whose_answer_the_grader_read_out_of_the_statement_and_skips_kinds_the_suite_did_not_declare()
    {
        // GSM8K reads "12" out of "12 apples"; a Game of 24 checker declares no boxes, so the box is no round.
        var split = ReasoningSplit.Of("Maybe \\boxed{7}. The answer is 12 apples.", null);
        var phraseRound = new SolutionRound("12", AnswerRule.AnswerPhrase, 0, 0, true, true);
        var (_, answer) = RoundMarks.Locate(split, [phraseRound]);
        Assert.That(answer, Has.Count.EqualTo(1));
        Assert.That(split.Answer[answer[0][0]..answer[0][1]], Does.StartWith("answer is 12 apples"));
    }

    [Test]
    public void Marks_past_an_embedding_cut_are_dropped()
    {
        var split = ReasoningSplit.Of("\\boxed{5} " + new string('x', 50) + " \\boxed{6}", null);
        var (_, answer) = RoundMarks.Locate(split, [Round("5", true), Round("6", false)]);
        Assert.That(RoundMarks.Within(answer, 20).Select(m => m[2]), Is.EqualTo(new[] { 1 }));
    }
}
