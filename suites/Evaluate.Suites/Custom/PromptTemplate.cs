using System.Text;

namespace Evaluate.Suites.Custom;

/// <summary>
/// A prompt with placeholders <c>{problem}</c>, <c>{id}</c>, <c>{level}</c> and <c>{subject}</c>; <c>{{</c> and
/// <c>}}</c> stand for literal braces. Plain substitution: nothing in a template or a value is ever evaluated,
/// and substituted values are not scanned again.
/// </summary>
public sealed class PromptTemplate
{
    public static readonly string[] Placeholders = ["problem", "id", "level", "subject"];

    private readonly List<(string Text, string? Placeholder)> _parts = [];

    public PromptTemplate(string template)
    {
        Text = template;
        var literal = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }
            if (c == '}') throw new FormatException($"a lone '}}' at position {i} (write '}}}}' for a literal brace)");
            if (c != '{')
            {
                literal.Append(c);
                continue;
            }
            var close = template.IndexOf('}', i + 1);
            if (close < 0) throw new FormatException($"'{{' at position {i} is never closed (write '{{{{' for a literal brace)");
            var name = template[(i + 1)..close];
            if (!Placeholders.Contains(name))
                throw new FormatException($"unknown placeholder '{{{name}}}' (known: {string.Join(", ", Placeholders.Select(p => "{" + p + "}"))})");
            _parts.Add((literal.ToString(), null));
            literal.Clear();
            _parts.Add(("", name));
            i = close;
        }
        _parts.Add((literal.ToString(), null));
        if (!_parts.Any(p => p.Placeholder == "problem")) throw new FormatException("the prompt must contain {problem}");
    }

    public string Text { get; }

    public string Render(IReadOnlyDictionary<string, string?> values)
    {
        var builder = new StringBuilder();
        foreach (var (text, placeholder) in _parts)
            builder.Append(placeholder is null ? text : values.GetValueOrDefault(placeholder) ?? "");
        return builder.ToString();
    }
}
