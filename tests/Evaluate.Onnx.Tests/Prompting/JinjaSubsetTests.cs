using Evaluate.Adapters.Onnx.Prompting.Jinja;

namespace Evaluate.Onnx.Tests.Prompting;

/// <summary>The language features the published templates rely on, each against the output Jinja gives (worked out by hand).</summary>
public sealed class JinjaSubsetTests
{
    private static string Render(string template, params (string Name, object? Value)[] variables) =>
        JinjaTemplate.Parse(template, "test").Render(variables.ToDictionary(v => v.Name, v => v.Value));

    private static List<object?> Items(params object?[] items) => [.. items];

    [TestCase("{% if true %}\n  yes\n{% endif %}\n", "  yes\n", Description = "trim_blocks drops the newline after a block tag")]
    [TestCase("<\n    {% if true %}x{% endif %}>", "<\nx>", Description = "lstrip_blocks drops the indentation before a block tag")]
    [TestCase("a  {%- if true -%}  b  {%- endif -%}  c", "abc", Description = "- strips all whitespace on its side")]
    [TestCase("a\n  {{- 'b' -}}\n  c", "abc", Description = "- works on print tags too")]
    [TestCase("a {{ 'b' }} c\n", "a b c", Description = "print tags keep whitespace; one trailing newline of the template goes")]
    [TestCase("  {#- note #}\nx", "x", Description = "comments vanish with their whitespace control")]
    [TestCase("{% if false %}a{% elif 0 %}b{% elif 'x' %}c{% else %}d{% endif %}", "c")]
    [TestCase("{{ 'a' if none else 'b' }}{{ 'c' if 1 }}", "bc")]
    [TestCase("{{ 1 + 2 * 3 }} {{ 7 // 2 }} {{ -7 // 2 }} {{ 7 % 3 }} {{ 7 / 2 }} {{ 2 ** 3 }}", "7 3 -4 1 3.5 8")]
    [TestCase("{{ 'a' ~ 1 ~ none ~ true }}", "a1NoneTrue")]
    [TestCase("{{ [1, 'a', none] }} {{ {'k': 'v'} }} {{ 1.0 }}", "[1, 'a', None] {'k': 'v'} 1.0")]
    [TestCase("{{ 'abcdef'[1:] }} {{ 'abcdef'[-2:] }} {{ 'abcdef'[::-1] }} {{ 'abcdef'[:-1] }} {{ [1, 2, 3][-1] }}", "bcdef ef fedcba abcde 3")]
    [TestCase("{{ ' x '|trim }}|{{ 'ab'|upper }}|{{ 'AB'|lower }}|{{ [1, 2]|length }}|{{ 'abc'|length }}", "x|AB|ab|2|3")]
    [TestCase("{{ [1, 2, 3]|join(', ') }} {{ [1, 2]|first }} {{ [1, 2]|last }} {{ 'a-b'|replace('-', '+') }}", "1, 2, 3 1 2 a+b")]
    [TestCase("{{ undefined_name|default('d') }} {{ ''|default('e', true) }} {{ 'x'|default('f') }}", "d e x")]
    [TestCase("{{ {'a': 1, 'b': [true, none, 'q\"']}|tojson }}", "{\"a\": 1, \"b\": [true, null, \"q\\\"\"]}")]
    [TestCase("{{ {'a': [1]}|tojson(indent=2) }}", "{\n  \"a\": [\n    1\n  ]\n}")]
    [TestCase("{{ ' a b '.strip() }}|{{ 'a</think>b</think>c'.split('</think>')[-1] }}|{{ 'a b  c'.split() }}|{{ 'xyz'.startswith('x') }}|{{ 'xyz'.endswith(('a', 'z')) }}", "a b|c|['a', 'b', 'c']|True|True")]
    [TestCase("{{ {'k': 1}.get('k') }} {{ {'k': 1}.get('z', 2) }} {{ {'k': 1}.get('z') }}{% for k, v in {'a': 1, 'b': 2}.items() %} {{ k }}={{ v }}{% endfor %}", "1 2 None a=1 b=2")]
    [TestCase("{% for x in [1, 2, 3] %}{{ loop.index0 }}{{ loop.index }}{% if loop.first %}F{% endif %}{% if loop.last %}L{% endif %};{% endfor %}", "01F;12;23L;")]
    [TestCase("{% for x in [] %}{{ x }}{% else %}empty{% endfor %}", "empty")]
    [TestCase("{% for x in [1, 2, 3, 4] if x is even %}{{ x }}{{ loop.length }}{% endfor %}", "2242")]
    [TestCase("{% for x in [1, 2, 3] %}{% if x == 2 %}{% continue %}{% endif %}{% if x == 3 %}{% break %}{% endif %}{{ x }}{% endfor %}", "1")]
    [TestCase("{% set x = 1 %}{% for i in [1] %}{% set x = 2 %}{% endfor %}{{ x }}", "1", Description = "a set inside a loop stays in the loop")]
    [TestCase("{% set ns = namespace(x=1) %}{% for i in [1, 2] %}{% set ns.x = ns.x + i %}{% endfor %}{{ ns.x }}", "4", Description = "a namespace carries state out of a loop")]
    [TestCase("{% set ns = namespace() %}{% set ns.index = 0 %}{{ ns.index }}{{ ns.missing is defined }}", "0False")]
    [TestCase("{{ x is defined }} {{ none is none }} {{ 'a' is string }} {{ 1 is not string }} {{ {} is mapping }} {{ 3 is divisibleby 3 }}", "False True True True True True")]
    [TestCase("{{ 'ab' in 'cabd' }} {{ 2 in [1, 2] }} {{ 'k' in {'k': 1} }} {{ 3 not in [1] }}", "True True True True")]
    [TestCase("{{ not 1 == 2 and (1 < 2 or 1 > 2) }} {{ 0 or 'x' }} {{ 'y' and 0 }}", "True x 0")]
    [TestCase("{{ (true == 1) != (0 % 2 == 0) }}", "False")]
    [TestCase("{% set a, b = [1, 2] %}{{ b }}{{ a }}", "21")]
    [TestCase("{{ range(3)|list }} {{ range(1, 7, 2)|join(',') }}", "[0, 1, 2] 1,3,5")]
    [TestCase("{{ '\\u00e9\\n\\t' }}", "é\n\t")]
    [TestCase("{{ 'a' 'b' }}", "ab", Description = "adjacent string literals join, as in Python")]
    [TestCase("{% generation %}kept{% endgeneration %}", "kept")]
    public void Renders_as_jinja_does(string template, string expected)
    {
        Assert.That(Render(template), Is.EqualTo(expected));
    }

    [Test]
    public void Select_and_map_filters_pick_messages_by_attribute()
    {
        var messages = Items(
            new OrderedDictionary<string, object?> { ["role"] = "system", ["content"] = "S" },
            new OrderedDictionary<string, object?> { ["role"] = "user", ["content"] = "U1" },
            new OrderedDictionary<string, object?> { ["role"] = "user", ["content"] = "U2", ["tool_calls"] = null });
        Assert.That(Render("{{ messages|selectattr('role', 'equalto', 'user')|map(attribute='content')|join(',') }}", ("messages", messages)), Is.EqualTo("U1,U2"));
        Assert.That(Render("{{ messages|rejectattr('role', 'equalto', 'user')|list|length }}", ("messages", messages)), Is.EqualTo("1"));
        Assert.That(Render("{{ messages|selectattr('tool_calls', 'undefined')|map(attribute='content')|join }}", ("messages", messages)), Is.EqualTo("SU1"));
        Assert.That(Render("{{ ['a', 'code_interpreter']|reject('equalto', 'code_interpreter')|join(', ') }}"), Is.EqualTo("a"));
    }

    [Test]
    public void Messages_compare_by_value()
    {
        var message = new OrderedDictionary<string, object?> { ["role"] = "user", ["content"] = "U" };
        var copy = new OrderedDictionary<string, object?> { ["role"] = "user", ["content"] = "U" };
        Assert.That(Render("{{ m == messages[-1] }} {{ m == {'role': 'user'} }}", ("m", message), ("messages", Items(copy))), Is.EqualTo("True False"));
    }
}
