using Evaluate.Core.Grading.Judging;

namespace Evaluate.Tests.Grading.Judging;

public sealed class JudgePromptTests
{
    [Test]
    public void The_prompt_quotes_the_problem_the_reference_and_the_answer_part_and_asks_for_the_verdict_line()
    {
        var prompt = JudgePrompt.Render("What is 1/2 as a decimal?", "0.5", "<think>maybe 0.4? no</think>So it is one half: 0.50.");
        Assert.That(prompt, Does.StartWith(JudgePrompt.Marker));
        Assert.That(prompt, Does.Contain("## Problem\nWhat is 1/2 as a decimal?\n"));
        Assert.That(prompt, Does.Contain("## Reference answer\n0.5\n"));
        Assert.That(prompt, Does.Contain("## Final part of the response\nSo it is one half: 0.50.\n"));
        Assert.That(prompt, Does.Not.Contain("maybe 0.4"), "the thinking before </think> is not the judge's business");
        Assert.That(prompt, Does.Contain("\nVERDICT: CORRECT\nor\nVERDICT: INCORRECT"));
        Assert.That(prompt, Does.Contain("Judge only the final answer"));
    }

    [Test]
    public void The_response_part_is_bounded_to_its_tail()
    {
        var response = "start " + new string('x', 10_000) + " final answer 42";
        var tail = JudgePrompt.Tail(response);
        Assert.That(tail, Has.Length.EqualTo(JudgePrompt.MaxTail + 1));
        Assert.That(tail, Does.EndWith("final answer 42"));
        Assert.That(tail, Does.Not.Contain("start"));
    }

    [Test]
    public void Problem_and_reference_are_bounded_too()
    {
        var prompt = JudgePrompt.Render(new string('p', 50_000), new string('r', 50_000), "42");
        Assert.That(prompt.Length, Is.LessThan(2 * JudgePrompt.MaxField + JudgePrompt.MaxTail + 2000));
    }

    [Test]
    public void A_prompt_reads_back_its_reference_and_response_and_other_text_does_not()
    {
        var read = JudgePrompt.Read(JudgePrompt.Render("Q?", "\\frac{1}{2}", "thus \\boxed{\\frac{1}{2}}"));
        Assert.That(read, Is.EqualTo(("\\frac{1}{2}", "thus \\boxed{\\frac{1}{2}}")));
        Assert.That(JudgePrompt.Read("What is 1+1?"), Is.Null);
        Assert.That(JudgePrompt.Read(JudgePrompt.Marker + "\n(nothing else)"), Is.Null);
    }
}
