using System.Text.Json.Nodes;
using Evaluate.Adapters.Onnx.Prompting;
using Evaluate.Core.Models;

namespace Evaluate.Onnx.Tests.Prompting;

/// <summary>Where a folder's template and special tokens are read from, as Hugging Face exports write them.</summary>
public sealed class ModelTemplateSourceTests
{
    private static readonly ChatMessage[] Question = [ChatMessage.User("Hi")];

    private static void WriteConfig(TempFolder folder, JsonNode? template, JsonNode? bos = null)
    {
        var config = new JsonObject { ["bos_token"] = bos ?? "<s>", ["eos_token"] = "</s>", ["add_bos_token"] = true };
        if (template is not null) config["chat_template"] = template;
        File.WriteAllText(folder.File("tokenizer_config.json"), config.ToJsonString());
    }

    [Test]
    public void Tokenizer_config_gives_the_template_and_both_token_forms()
    {
        using var folder = new TempFolder();
        WriteConfig(folder, "{{ bos_token }}{{ messages[0].content }}{{ eos_token }}", new JsonObject { ["content"] = "<BOS>", ["lstrip"] = false });
        var source = ModelTemplateSource.Find(folder.Path)!;
        Assert.Multiple(() =>
        {
            Assert.That(source.BosToken, Is.EqualTo("<BOS>"));
            Assert.That(source.EosToken, Is.EqualTo("</s>"));
            Assert.That(source.AddBosToken, Is.True);
            Assert.That(source.Origin, Is.EqualTo(folder.File("tokenizer_config.json") + " (chat_template)"));
            Assert.That(ModelChatTemplate.From(source).Render(Question, null), Is.EqualTo("<BOS>Hi</s>"));
        });
    }

    [Test]
    public void A_list_of_named_templates_uses_default()
    {
        using var folder = new TempFolder();
        WriteConfig(folder, new JsonArray(
            new JsonObject { ["name"] = "tool_use", ["template"] = "tools" },
            new JsonObject { ["name"] = "default", ["template"] = "plain {{ messages[0].content }}" }));
        Assert.That(ModelChatTemplate.From(ModelTemplateSource.Find(folder.Path)!).Render(Question, null), Is.EqualTo("plain Hi"));
    }

    [Test]
    public void Named_templates_without_default_are_refused_naming_them()
    {
        using var folder = new TempFolder();
        WriteConfig(folder, new JsonArray(new JsonObject { ["name"] = "rag", ["template"] = "x" }));
        var error = Assert.Throws<FormatException>(() => ModelTemplateSource.Find(folder.Path));
        Assert.That(error!.Message, Does.Contain("tokenizer_config.json").And.Contain("rag").And.Contain("\"default\""));
    }

    [Test]
    public void Chat_template_jinja_then_json_take_precedence_over_tokenizer_config()
    {
        using var folder = new TempFolder();
        WriteConfig(folder, "config");
        Assert.That(ModelTemplateSource.Find(folder.Path)!.Text, Is.EqualTo("config"));
        File.WriteAllText(folder.File("chat_template.json"), new JsonObject { ["chat_template"] = "json {{ bos_token }}" }.ToJsonString());
        Assert.That(ModelChatTemplate.From(ModelTemplateSource.Find(folder.Path)!).Render(Question, null), Is.EqualTo("json <s>"));
        File.WriteAllText(folder.File("chat_template.jinja"), "jinja {{ eos_token }}\n");
        var source = ModelTemplateSource.Find(folder.Path)!;
        Assert.That(source.Origin, Is.EqualTo(folder.File("chat_template.jinja")));
        Assert.That(ModelChatTemplate.From(source).Render(Question, null), Is.EqualTo("jinja </s>"));
    }

    [Test]
    public void A_folder_without_any_template_has_none()
    {
        using var folder = new TempFolder();
        Assert.That(ModelTemplateSource.Find(folder.Path), Is.Null);
        WriteConfig(folder, null);
        Assert.That(ModelTemplateSource.Find(folder.Path), Is.Null);
    }

    [Test]
    public void A_chat_template_of_the_wrong_type_is_refused()
    {
        using var folder = new TempFolder();
        WriteConfig(folder, 42);
        var error = Assert.Throws<FormatException>(() => ModelTemplateSource.Find(folder.Path));
        Assert.That(error!.Message, Does.Contain("tokenizer_config.json").And.Contain("chat_template must be a string"));
    }
}
