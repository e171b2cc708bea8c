using Evaluate.Core.Grading.Reasking;
using Evaluate.Core.Models;
using Evaluate.Core.Problems;

namespace Evaluate.Tests.Grading.Reasking;

/// <summary>The re-ask prompt: the problem, the response's bounded end, and the one instruction, in that order.</summary>
public sealed class ReaskPromptTests
{
    private static readonly Problem Problem = new("p1", "What is $2+3$?", "5", ProblemMeta.None);

    private static Completion Response(string text, string? reasoning = null, string finish = "stop") =>
        new(text, reasoning, finish, new TokenUsage(10, 5, 0, TokenCountSource.Counted));

    [Test]
    public void A_short_response_is_quoted_whole_between_the_problem_and_the_instruction()
    {
        var messages = ReaskPrompt.Messages(Problem, Response("First add the numbers: two and three make"));
        Assert.That(messages, Has.Count.EqualTo(1));
        Assert.That(messages[0].Role, Is.EqualTo("user"));
        Assert.That(messages[0].Content, Is.EqualTo(
            "You were asked to solve this problem:\n\nWhat is $2+3$?\n\n" +
            "Your response ended without a final answer. Its final part was:\n\n<response>\nFirst add the numbers: two and three make\n</response>\n\n" +
            "State only your final answer in \\boxed{}."));
    }

    [Test]
    public void A_long_response_is_cut_to_its_last_characters_and_marked()
    {
        var text = "start " + new string('x', 5000) + " the end";
        var context = ReaskPrompt.Context(Response(text, finish: "length"));
        Assert.That(context, Has.Length.EqualTo(ReaskPrompt.ContextCharacters + 1));
        Assert.That(context, Does.StartWith("…x").And.EndWith("x the end"));
        Assert.That(ReaskPrompt.Messages(Problem, Response(text)).Single().Content, Does.Not.Contain("start"));
    }

    [Test]
    public void An_unclosed_thought_returned_as_reasoning_is_quoted_before_the_answer_part()
    {
        var context = ReaskPrompt.Context(Response("", reasoning: "Let me think: 2 and 3 together are"));
        Assert.That(context, Is.EqualTo("Let me think: 2 and 3 together are\n"));
        Assert.That(ReaskPrompt.Context(Response("<think>2 plus 3 is")), Is.EqualTo("<think>2 plus 3 is"));
    }

    [Test]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        // Emoji are two UTF-16 units each; the odd "z" at the end puts the cut point on the second unit of a pair.
        var text = string.Concat(Enumerable.Repeat("😀", ReaskPrompt.ContextCharacters)) + "z";
        Assert.That(char.IsLowSurrogate(text[text.Length - ReaskPrompt.ContextCharacters]), "the test cuts inside a pair");
        var context = ReaskPrompt.Context(Response(text));
        Assert.That(char.IsHighSurrogate(context[1]), "the quoted part starts on a whole character");
        Assert.That(context[1..], Is.EqualTo(text[(text.Length - ReaskPrompt.ContextCharacters + 1)..]));
    }
}
