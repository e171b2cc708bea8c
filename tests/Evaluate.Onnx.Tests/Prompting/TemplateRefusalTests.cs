using Evaluate.Adapters.Onnx.Prompting.Jinja;

namespace Evaluate.Onnx.Tests.Prompting;

/// <summary>
/// A construct outside the supported subset is refused with the template's name, line and column, when parsed if the
/// syntax shows it, else when rendered; it is never replaced by another template.
/// </summary>
public sealed class TemplateRefusalTests
{
    private static readonly Dictionary<string, object?> Variables = new()
    {
        ["messages"] = new List<object?> { new OrderedDictionary<string, object?> { ["role"] = "user", ["content"] = "Hi" } },
        ["add_generation_prompt"] = true,
    };

    [TestCase("{% macro greet() %}hi{% endmacro %}", 1, 4, "unsupported tag '{% macro %}'")]
    [TestCase("ok\n  {% raw %}{{ x }}{% endraw %}", 2, 6, "unsupported tag '{% raw %}'")]
    [TestCase("{% include 'other.jinja' %}", 1, 4, "unsupported tag '{% include %}'")]
    [TestCase("{{ messages | wordcount }}", 1, 15, "unsupported filter 'wordcount'")]
    [TestCase("{% if messages is odd_length %}{% endif %}", 1, 19, "unsupported test 'odd_length'")]
    [TestCase("{% set answer %}42{% endset %}", 1, 15, "unsupported: block set")]
    [TestCase("{% for m in messages recursive %}{% endfor %}", 1, 22, "unsupported: recursive for loops")]
    [TestCase("{% for m in messages %}{{ m.role }}", 1, 36, "the template ends before '{% else %}' or '{% endfor %}'")]
    [TestCase("{{ messages[0]['content' }}", 1, 26, "expected ':' or ']', got '}}'")]
    [TestCase("{{ 'unclosed }}", 1, 4, "string is never closed")]
    [TestCase("{# a comment", 1, 1, "comment '{#' is never closed")]
    [TestCase("{{ 2 @ 3 }}", 1, 6, "unexpected character '@'")]
    [TestCase("{% endif %}", 1, 4, "unexpected '{% endif %}'")]
    public void Syntax_outside_the_subset_is_refused_when_parsed(string template, int line, int column, string cause)
    {
        var error = Assert.Throws<TemplateException>(() => JinjaTemplate.Parse(template, "folder/tokenizer_config.json (chat_template)"));
        Assert.That(error, Is.InstanceOf<FormatException>());
        Assert.That(error!.Message, Does.StartWith($"folder/tokenizer_config.json (chat_template), line {line}, column {column}: ").And.Contain(cause));
    }

    [TestCase("a\n{{ messages[0].content.casefold() }}", 2, 32, "unsupported method 'casefold' on string")]
    [TestCase("{{ strftime_now('%d %b %Y') }}", 1, 16, "unknown function 'strftime_now'")]
    [TestCase("{{ messages[0].role + 1 }}", 1, 21, "unsupported operand types for +: string and int")]
    [TestCase("{{ tools.function }}", 1, 9, "'tools' is undefined, so it has no attribute 'function'")]
    [TestCase("{{ raise_exception('Only user and assistant roles are supported!') }}", 1, 19, "the template refused this conversation: Only user and assistant roles are supported!")]
    [TestCase("{% set n = 1 %}{% set n.count = 2 %}", 1, 19, "can only be set when 'n' is a namespace()")]
    [TestCase("{% for a, b, c in messages %}{% endfor %}", 1, 4, "cannot unpack 2 values into 3 names")]
    [TestCase("{{ messages | selectattr('role', 'matching', 'u') | list }}", 1, 15, "unsupported test 'matching'")]
    [TestCase("{{ messages < 3 }}", 1, 13, "cannot order list and int")]
    public void A_construct_the_renderer_cannot_honour_is_refused_where_it_is(string template, int line, int column, string cause)
    {
        var parsed = JinjaTemplate.Parse(template, "chat_template.jinja");
        var error = Assert.Throws<TemplateException>(() => parsed.Render(Variables));
        Assert.That(error!.Message, Does.StartWith($"chat_template.jinja, line {line}, column {column}: ").And.Contain(cause));
    }
}
