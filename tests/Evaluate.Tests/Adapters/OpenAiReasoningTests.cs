using Evaluate.Tests.Support;
using Evaluate.Adapters.OpenAI;
using Evaluate.Core.Models;
using NUnit.Framework;

namespace Evaluate.Tests.Adapters;

[TestFixture]
[Category(TestCategories.Http)]
public sealed class OpenAiReasoningTests
{
    private static async Task<Completion> GenerateOneAsync(System.Text.Json.Nodes.JsonObject response)
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(response));
        using var model = ClientFactory.Create(server.BaseUrl);
        return (await model.GenerateAsync(ClientFactory.Request(), CancellationToken.None)).Completions.Single();
    }

    [Test]
    public async Task ReasoningContentFieldIsReasoning()
    {
        var completion = await GenerateOneAsync(WireResponses.Chat(
            [WireResponses.ChatChoice(0, WireResponses.ChatMessage("42", reasoningContent: "6*7 is 42"), "stop")], WireResponses.Usage(10, 20, 8)));

        Assert.That((completion.Text, completion.Reasoning), Is.EqualTo(("42", "6*7 is 42")));
        Assert.That(completion.Usage, Is.EqualTo(new TokenUsage(10, 20, 8, TokenCountSource.Reported)));
    }

    [Test]
    public async Task NewerVllmReasoningFieldIsReasoning()
    {
        var completion = await GenerateOneAsync(WireResponses.Chat(
            [WireResponses.ChatChoice(0, WireResponses.ChatMessage("42", reasoning: "multiply"), "stop")], WireResponses.Usage(10, 20, 5)));

        Assert.That((completion.Text, completion.Reasoning), Is.EqualTo(("42", "multiply")));
    }

    [Test]
    public async Task InlineThinkBlockIsStrippedFromTheText()
    {
        var completion = await GenerateOneAsync(WireResponses.Chat("<think>\nsix times seven\n</think>\n\nThe answer is 42."));

        Assert.That(completion.Text, Is.EqualTo("The answer is 42."));
        Assert.That(completion.Reasoning, Is.EqualTo("six times seven"));
    }

    [Test]
    public async Task EmptyReasoningFieldStillLetsInlineThinkingBeFound()
    {
        var completion = await GenerateOneAsync(WireResponses.Chat(
            [WireResponses.ChatChoice(0, WireResponses.ChatMessage("<think>hmm</think>42", reasoningContent: ""), "stop")], WireResponses.Usage(10, 20)));

        Assert.That((completion.Text, completion.Reasoning), Is.EqualTo(("42", "hmm")));
    }

    [Test]
    public async Task ContentNullWithOnlyReasoningGivesEmptyText()
    {
        var completion = await GenerateOneAsync(WireResponses.Chat(
            [WireResponses.ChatChoice(0, WireResponses.ChatMessage(null, reasoningContent: "still thinking"), "length")], WireResponses.Usage(10, 20)));

        Assert.That((completion.Text, completion.Reasoning, completion.Truncated), Is.EqualTo(("", "still thinking", true)));
    }

    [TestCase("<think>step one", false, "", "step one")]
    [TestCase("  <think>a</think>b", false, "b", "a")]
    [TestCase("thinking without opening tag</think>\nanswer", false, "answer", "thinking without opening tag")]
    [TestCase("plain answer", false, "plain answer", null)]
    [TestCase("Use <think> tags like </think> this", false, "Use <think> tags like </think> this", null)]
    [TestCase("more thought</think>done", true, "done", "more thought")]
    [TestCase("more thought", true, "", "more thought")]
    public void ThinkTagSplitterHandlesEveryPlacement(string content, bool startsInsideThink, string text, string? reasoning)
    {
        Assert.That(ThinkTagSplitter.Split(content, startsInsideThink), Is.EqualTo((text, reasoning)));
    }

    [TestCase("<think>half", true)]
    [TestCase("<think>done</think> answer", false)]
    [TestCase("no tags", false)]
    [TestCase(null, false)]
    public void OpenThinkInAPrefixIsDetected(string? prefix, bool open)
    {
        Assert.That(ThinkTagSplitter.LeavesThinkOpen(prefix), Is.EqualTo(open));
    }
}
