using System.Text.Json.Nodes;
using Evaluate.Adapters.Onnx.Models;
using Evaluate.Adapters.Onnx.Tokenization;
using Evaluate.Core.Models;

namespace Evaluate.Onnx.Tests.Prompting;

/// <summary>
/// The adapter renders prompts with the model folder's own chat template (tokenizer_config.json, chat_template.json or
/// chat_template.jinja) unless template= says otherwise; folders without one keep ChatML, so their prompts do not change.
/// </summary>
public sealed class ModelFolderTemplateTests
{
    private const string LlamaPrompt = "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nCutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n<|eot_id|>"
        + "<|start_header_id|>user<|end_header_id|>\n\nQuestion?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n";

    private const string ChatMlPrompt = "<|im_start|>user\nQuestion?<|im_end|>\n<|im_start|>assistant\n";

    private static TempFolder LlamaFolder(Action<JsonObject>? edit = null)
    {
        var folder = new TempFolder();
        BigramModel.Write(folder.Path);
        var config = new JsonObject
        {
            ["bos_token"] = "<|begin_of_text|>",
            ["eos_token"] = new JsonObject { ["content"] = "<|eot_id|>", ["special"] = true },
            ["chat_template"] = PublishedTemplates.Text("llama-3.3-70b-instruct.jinja"),
        };
        edit?.Invoke(config);
        File.WriteAllText(folder.File("tokenizer_config.json"), config.ToJsonString());
        return folder;
    }

    private static int PromptTokens(string folder, string prompt) => TokenizerJson.Load(Path.Combine(folder, "tokenizer.json")).Encode(prompt).Count;

    private static async Task<Completion> Generate(OnnxModelAdapter model) =>
        (await model.GenerateAsync(Specs.Request(maxTokens: 2), CancellationToken.None)).Completions.Single();

    [Test]
    public async Task A_llama3_folder_gets_its_own_headers_not_chatml()
    {
        using var folder = LlamaFolder();
        using var model = OnnxModelAdapter.Create(Specs.Of(folder.Path), _ => { });
        var completion = await Generate(model);
        Assert.Multiple(() =>
        {
            Assert.That(model.Descriptor.Parameters["template"], Is.EqualTo("model"), "the folder's chat_template is used by default");
            Assert.That(completion.Usage.PromptTokens, Is.EqualTo(PromptTokens(folder.Path, LlamaPrompt)), "the Llama-3 prompt, <|start_header_id|> and all");
            Assert.That(completion.Usage.PromptTokens, Is.Not.EqualTo(PromptTokens(folder.Path, ChatMlPrompt)));
        });
    }

    [Test]
    public async Task Template_chatml_overrides_the_folders_template()
    {
        using var folder = LlamaFolder();
        using var model = OnnxModelAdapter.Create(Specs.Of(folder.Path, ("template", "chatml")), _ => { });
        var completion = await Generate(model);
        Assert.That(model.Descriptor.Parameters["template"], Is.EqualTo("chatml"));
        Assert.That(completion.Usage.PromptTokens, Is.EqualTo(PromptTokens(folder.Path, ChatMlPrompt)));
    }

    [Test]
    public async Task A_folder_without_a_template_keeps_chatml_and_template_model_is_refused_there()
    {
        using var folder = new TempFolder();
        BigramModel.Write(folder.Path);
        using (var model = OnnxModelAdapter.Create(Specs.Of(folder.Path), _ => { }))
        {
            Assert.That(model.Descriptor.Parameters["template"], Is.EqualTo("chatml"));
            Assert.That((await Generate(model)).Usage.PromptTokens, Is.EqualTo(PromptTokens(folder.Path, ChatMlPrompt)));
        }
        var error = Assert.Throws<ArgumentException>(() => OnnxModelAdapter.Create(Specs.Of(folder.Path, ("template", "model")), _ => { }).Dispose());
        Assert.That(error!.Message, Does.Contain("tokenizer_config.json").And.Contain("template=model"));
    }

    [Test]
    public void An_unsupported_construct_in_the_folders_template_is_refused_when_the_model_opens()
    {
        using var folder = LlamaFolder(config => config["chat_template"] = "{% for m in messages %}{{ m.content | wordcount }}{% endfor %}");
        var error = Assert.Throws<Evaluate.Adapters.Onnx.Prompting.Jinja.TemplateException>(() => OnnxModelAdapter.Create(Specs.Of(folder.Path), _ => { }).Dispose());
        Assert.That(error!.Message, Does.StartWith(folder.File("tokenizer_config.json") + " (chat_template), line 1, column 39: unsupported filter 'wordcount'"));
    }

    [Test]
    public async Task The_template_refusing_a_conversation_fails_the_request_naming_the_file()
    {
        using var folder = LlamaFolder(config => config["chat_template"] = PublishedTemplates.Text("gemma-7b-it.jinja"));
        using var model = OnnxModelAdapter.Create(Specs.Of(folder.Path), _ => { });
        var request = Specs.Request() with { Messages = [ChatMessage.System("Be brief."), ChatMessage.User("Question?")] };
        var error = Assert.ThrowsAsync<Evaluate.Adapters.Onnx.Prompting.Jinja.TemplateException>(() => model.GenerateAsync(request, CancellationToken.None));
        Assert.That(error!.Message, Does.Contain("tokenizer_config.json (chat_template)").And.Contain("System role not supported"));
    }
}
