using Evaluate.Core.Models;

namespace Evaluate.Onnx.Tests.Prompting;

/// <summary>
/// Each family's published template (sources in <see cref="PublishedTemplates"/>) rendered with a generation prompt
/// equals the prompt written out here by hand from the model card's format.
/// </summary>
public sealed class PublishedTemplateTests
{
    private static readonly ChatMessage System = ChatMessage.System("You are a careful solver.");
    private static readonly ChatMessage Question = ChatMessage.User("What is 6 x 4?");
    private static readonly ChatMessage[] TwoTurns = [ChatMessage.User("What is 2+2?"), ChatMessage.Assistant("4"), ChatMessage.User("And 3+3?")];

    private static string Render(string file, IReadOnlyList<ChatMessage> messages, string? bos = null, string? eos = null, string? prefix = null) =>
        PublishedTemplates.Open(file, bos, eos).Render(messages, prefix);

    [Test]
    public void Qwen25_writes_the_given_system_turn_then_the_open_assistant_turn()
    {
        Assert.That(Render("qwen2.5-7b-instruct.jinja", [System, Question]), Is.EqualTo(
            "<|im_start|>system\nYou are a careful solver.<|im_end|>\n<|im_start|>user\nWhat is 6 x 4?<|im_end|>\n<|im_start|>assistant\n"));
    }

    [Test]
    public void Qwen25_adds_its_default_system_turn_and_keeps_earlier_turns()
    {
        Assert.That(Render("qwen2.5-7b-instruct.jinja", TwoTurns), Is.EqualTo(
            "<|im_start|>system\nYou are Qwen, created by Alibaba Cloud. You are a helpful assistant.<|im_end|>\n"
            + "<|im_start|>user\nWhat is 2+2?<|im_end|>\n<|im_start|>assistant\n4<|im_end|>\n<|im_start|>user\nAnd 3+3?<|im_end|>\n<|im_start|>assistant\n"));
    }

    [TestCase("llama-3.2-3b-instruct.jinja")]
    [TestCase("llama-3.3-70b-instruct.jinja")]
    public void Llama3_writes_headers_the_fixed_date_and_the_trimmed_system_message(string file)
    {
        Assert.That(Render(file, [ChatMessage.System("  You are a careful solver.\n"), Question], bos: PublishedTemplates.LlamaBos), Is.EqualTo(
            "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nCutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n"
            + "You are a careful solver.<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nWhat is 6 x 4?<|eot_id|>"
            + "<|start_header_id|>assistant<|end_header_id|>\n\n"));
    }

    [Test]
    public void Llama31_family_keeps_an_empty_system_block_and_earlier_turns()
    {
        Assert.That(Render("llama-3.3-70b-instruct.jinja", TwoTurns, bos: PublishedTemplates.LlamaBos), Is.EqualTo(
            "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nCutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n<|eot_id|>"
            + "<|start_header_id|>user<|end_header_id|>\n\nWhat is 2+2?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n4<|eot_id|>"
            + "<|start_header_id|>user<|end_header_id|>\n\nAnd 3+3?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"));
    }

    [TestCase("phi-3-mini-4k-instruct.jinja")]
    [TestCase("phi-3.5-mini-instruct.jinja")]
    public void Phi3_writes_role_tags_with_end_markers(string file)
    {
        Assert.That(Render(file, [System, Question], eos: "<|endoftext|>"), Is.EqualTo(
            "<|system|>\nYou are a careful solver.<|end|>\n<|user|>\nWhat is 6 x 4?<|end|>\n<|assistant|>\n"));
    }

    [Test]
    public void Phi4_opens_the_assistant_turn_after_each_user_turn()
    {
        Assert.That(Render("phi-4.jinja", [System, Question]), Is.EqualTo(
            "<|im_start|>system<|im_sep|>You are a careful solver.<|im_end|><|im_start|>user<|im_sep|>What is 6 x 4?<|im_end|><|im_start|>assistant<|im_sep|>"));
    }

    [Test]
    public void Mistral_v01_puts_an_end_of_sentence_and_a_space_after_each_answer()
    {
        Assert.That(Render("mistral-7b-instruct-v0.1.jinja", TwoTurns, bos: "<s>", eos: "</s>"), Is.EqualTo(
            "<s>[INST] What is 2+2? [/INST]4</s> [INST] And 3+3? [/INST]"));
    }

    [Test]
    public void Mistral_v02_puts_only_an_end_of_sentence_after_each_answer()
    {
        Assert.That(Render("mistral-7b-instruct-v0.2.jinja", [Question], bos: "<s>", eos: "</s>"), Is.EqualTo("<s>[INST] What is 6 x 4? [/INST]"));
        Assert.That(Render("mistral-7b-instruct-v0.2.jinja", TwoTurns, bos: "<s>", eos: "</s>"), Is.EqualTo(
            "<s>[INST] What is 2+2? [/INST]4</s>[INST] And 3+3? [/INST]"));
    }

    [Test]
    public void Mixtral_folds_the_system_message_into_the_first_instruction()
    {
        Assert.That(Render("mixtral-8x7b-instruct-v0.1.jinja", [System, Question], bos: "<s>", eos: "</s>"), Is.EqualTo(
            "<s> [INST] You are a careful solver.\n\nWhat is 6 x 4? [/INST]"));
    }

    [Test]
    public void Mistral_v03_era_template_folds_the_system_message_into_the_last_instruction()
    {
        Assert.That(Render("mistral-nemo-instruct-2407.jinja", [System, .. TwoTurns], bos: "<s>", eos: "</s>"), Is.EqualTo(
            "<s>[INST]What is 2+2?[/INST]4</s>[INST]You are a careful solver.\n\nAnd 3+3?[/INST]"));
    }

    [Test]
    public void DeepSeek_R1_distill_first_revision_opens_the_assistant_turn_without_think()
    {
        Assert.That(Render("deepseek-r1-distill-llama-8b.jinja", [System, Question], bos: PublishedTemplates.DeepSeekBos), Is.EqualTo(
            "<｜begin▁of▁sentence｜>You are a careful solver.<｜User｜>What is 6 x 4?<｜Assistant｜>"));
    }

    [Test]
    public void DeepSeek_R1_distill_drops_the_reasoning_of_earlier_answers()
    {
        var turns = new[] { ChatMessage.User("What is 2+2?"), ChatMessage.Assistant("<think>\n2 and 2\n</think>\n\n4"), ChatMessage.User("And 3+3?") };
        Assert.That(Render("deepseek-r1-distill-llama-8b.jinja", turns, bos: PublishedTemplates.DeepSeekBos), Is.EqualTo(
            "<｜begin▁of▁sentence｜><｜User｜>What is 2+2?<｜Assistant｜>\n\n4<｜end▁of▁sentence｜><｜User｜>And 3+3?<｜Assistant｜>"));
    }

    [Test]
    public void DeepSeek_R1_distill_later_revision_prefills_think()
    {
        Assert.That(Render("deepseek-r1-distill-qwen-32b.jinja", [Question], bos: PublishedTemplates.DeepSeekBos), Is.EqualTo(
            "<｜begin▁of▁sentence｜><｜User｜>What is 6 x 4?<｜Assistant｜><think>\n"));
    }

    [TestCase("gemma-7b-it.jinja")]
    [TestCase("gemma-2-2b-it.jinja")]
    public void Gemma_names_the_assistant_model_and_trims_contents(string file)
    {
        var turns = new[] { ChatMessage.User("What is 2+2? "), ChatMessage.Assistant(" 4"), ChatMessage.User("And 3+3?") };
        Assert.That(Render(file, turns, bos: "<bos>"), Is.EqualTo(
            "<bos><start_of_turn>user\nWhat is 2+2?<end_of_turn>\n<start_of_turn>model\n4<end_of_turn>\n<start_of_turn>user\nAnd 3+3?<end_of_turn>\n<start_of_turn>model\n"));
    }

    [TestCase("gemma-2-2b-it.jinja", "<bos>", "System role not supported")]
    [TestCase("mistral-7b-instruct-v0.1.jinja", "<s>", "Conversation roles must alternate user/assistant/user/assistant/...")]
    public void A_conversation_the_template_refuses_fails_with_its_message_and_file(string file, string bos, string message)
    {
        var error = Assert.Throws<Evaluate.Adapters.Onnx.Prompting.Jinja.TemplateException>(() => Render(file, [System, Question], bos: bos));
        Assert.That(error, Is.InstanceOf<FormatException>());
        Assert.That(error!.Message, Does.StartWith(file + ", line 1, column ").And.Contain(message));
    }

    [Test]
    public void Mistral_refuses_two_user_turns_in_a_row()
    {
        var error = Assert.Throws<Evaluate.Adapters.Onnx.Prompting.Jinja.TemplateException>(() =>
            Render("mixtral-8x7b-instruct-v0.1.jinja", [Question, Question], bos: "<s>", eos: "</s>"));
        Assert.That(error!.Message, Does.Contain("conversation roles must alternate").And.Contain("line 11, column 28"), "the raise_exception call's place");
    }
}
