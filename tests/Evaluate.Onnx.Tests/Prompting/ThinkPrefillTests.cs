using Evaluate.Adapters.Onnx.Prompting;
using Evaluate.Core.Models;

namespace Evaluate.Onnx.Tests.Prompting;

/// <summary>
/// The assistant prefix follows the generation prompt; a template that already opened &lt;think&gt; gets it exactly
/// once, whether the prefix repeats the opener or not.
/// </summary>
public sealed class ThinkPrefillTests
{
    private static readonly ChatMessage[] Question = [ChatMessage.User("What is 6 x 4?")];
    private const string Opened = "<｜begin▁of▁sentence｜><｜User｜>What is 6 x 4?<｜Assistant｜><think>\n";

    private static string Render(string file, string? prefix) =>
        PublishedTemplates.Open(file, bos: PublishedTemplates.DeepSeekBos).Render(Question, prefix);

    [TestCase(null, Opened)]
    [TestCase("", Opened)]
    [TestCase("Six fours", Opened + "Six fours")]
    [TestCase("<think>\nSix fours", Opened + "Six fours")]
    [TestCase("<think>Six fours", Opened + "Six fours")]
    [TestCase("<think>\n\nSix fours", Opened + "\nSix fours", Description = "only the whitespace the template wrote is taken as already written")]
    [TestCase("<think>\nSix fours</think>\n\n24", Opened + "Six fours</think>\n\n24")]
    public void A_prefilled_think_is_opened_once(string? prefix, string expected)
    {
        Assert.That(Render("deepseek-r1-distill-qwen-32b.jinja", prefix), Is.EqualTo(expected));
        Assert.That(Render("deepseek-r1-distill-qwen-32b.jinja", prefix).Split("<think>").Length - 1, Is.EqualTo(1));
    }

    [Test]
    public void Without_a_prefill_the_prefix_keeps_its_own_opener()
    {
        Assert.That(Render("deepseek-r1-distill-llama-8b.jinja", "<think>\nSix fours"),
            Is.EqualTo("<｜begin▁of▁sentence｜><｜User｜>What is 6 x 4?<｜Assistant｜><think>\nSix fours"));
    }

    [Test]
    public void Other_templates_append_the_prefix_verbatim()
    {
        Assert.That(PublishedTemplates.Open("qwen2.5-7b-instruct.jinja").Render(Question, "<think>\nSix"), Does.EndWith("<|im_start|>assistant\n<think>\nSix"));
    }
}
