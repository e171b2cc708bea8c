using Evaluate.Core.Grading.Judging;

namespace Evaluate.Tests.Grading.Judging;

public sealed class JudgeVerdictParserTests
{
    private static IEnumerable<TestCaseData> Replies()
    {
        // (reply, expected verdict: true correct, false incorrect, null no verdict)
        yield return new TestCaseData("VERDICT: CORRECT", (bool?)true).SetName("Parse_bare_correct");
        yield return new TestCaseData("VERDICT: INCORRECT", (bool?)false).SetName("Parse_bare_incorrect");
        yield return new TestCaseData("The answers agree: 1/2 = 0.5.\nVERDICT: CORRECT", (bool?)true).SetName("Parse_explanation_then_verdict");
        yield return new TestCaseData("They differ.\r\n\r\nVERDICT: INCORRECT  \r\n\n", (bool?)false).SetName("Parse_crlf_and_trailing_blank_lines");
        yield return new TestCaseData("   VERDICT: CORRECT   ", (bool?)true).SetName("Parse_surrounding_spaces");
        yield return new TestCaseData("verdict: correct", (bool?)null).SetName("Parse_lower_case_is_refused");
        yield return new TestCaseData("Verdict: Correct", (bool?)null).SetName("Parse_title_case_is_refused");
        yield return new TestCaseData("VERDICT: CORRECT.", (bool?)null).SetName("Parse_extra_punctuation_is_refused");
        yield return new TestCaseData("VERDICT: CORRECT (mostly)", (bool?)null).SetName("Parse_extra_words_on_the_line_are_refused");
        yield return new TestCaseData("VERDICT:CORRECT", (bool?)null).SetName("Parse_missing_space_is_refused");
        yield return new TestCaseData("VERDICT: CORRECT\nThat is my answer.", (bool?)null).SetName("Parse_verdict_not_last_is_refused");
        yield return new TestCaseData("VERDICT: CORRECT\nVERDICT: INCORRECT", (bool?)null).SetName("Parse_two_verdicts_are_refused");
        yield return new TestCaseData("VERDICT: INCORRECT\nWait.\nVERDICT: CORRECT", (bool?)null).SetName("Parse_a_retracted_verdict_is_refused");
        yield return new TestCaseData("verdict: incorrect, then\nVERDICT: CORRECT", (bool?)null).SetName("Parse_a_lower_case_earlier_verdict_is_refused");
        yield return new TestCaseData("CORRECT", (bool?)null).SetName("Parse_no_prefix_is_refused");
        yield return new TestCaseData("The answer is right.", (bool?)null).SetName("Parse_garbage_is_refused");
        yield return new TestCaseData("", (bool?)null).SetName("Parse_empty_is_refused");
        yield return new TestCaseData("  \n\t ", (bool?)null).SetName("Parse_whitespace_is_refused");
        yield return new TestCaseData("<script>alert(1)</script>\nVERDICT: CORRECT", (bool?)true).SetName("Parse_markup_above_is_kept_raw_not_run");
    }

    [TestCaseSource(nameof(Replies))]
    public void A_reply_gives_a_verdict_only_in_the_strict_form(string reply, bool? expected)
    {
        var verdict = JudgeVerdictParser.Parse(reply);
        Assert.That(verdict.Correct, Is.EqualTo(expected));
        if (expected is null) Assert.That(verdict.Error, Is.Not.Null.And.Not.Empty, "no verdict always says why");
        else Assert.That(verdict.Error, Is.Null);
    }

    [Test]
    public void A_null_reply_is_refused()
    {
        Assert.That(JudgeVerdictParser.Parse(null).Correct, Is.Null);
    }

    [Test]
    public void An_over_long_reply_is_refused_unread_and_its_record_is_bounded()
    {
        var reply = new string('x', JudgeVerdictParser.MaxReply) + "\nVERDICT: CORRECT";
        var verdict = JudgeVerdictParser.Parse(reply);
        Assert.That(verdict.Correct, Is.Null);
        Assert.That(verdict.Raw!.Length, Is.LessThanOrEqualTo(JudgeVerdict.MaxRaw + 1));
    }

    [Test]
    public void The_raw_text_kept_is_the_end_of_the_reply()
    {
        var reply = new string('a', 1000) + "\nVERDICT: INCORRECT";
        var verdict = JudgeVerdictParser.Parse(reply);
        Assert.That(verdict.Correct, Is.False);
        Assert.That(verdict.Raw, Does.EndWith("VERDICT: INCORRECT"));
        Assert.That(verdict.Raw!.Length, Is.EqualTo(JudgeVerdict.MaxRaw + 1), "400 characters and the ellipsis");
    }
}
