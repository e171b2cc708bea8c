namespace Evaluate.Adapters.Onnx.Prompting.Jinja;

/// <summary>
/// A chat template parsed once (so an unsupported construct is refused when the model opens, not at the first prompt)
/// and rendered per conversation. The supported subset is listed in docs/onnx.md, "Chat templates".
/// </summary>
public sealed class JinjaTemplate
{
    private readonly IReadOnlyList<Statement> _body;

    private JinjaTemplate(string source, string name, IReadOnlyList<Statement> body)
    {
        Source = source;
        Name = name;
        _body = body;
    }

    /// <summary>The template text as read.</summary>
    public string Source { get; }

    /// <summary>Where the template came from (a file and field), used in every error.</summary>
    public string Name { get; }

    public static JinjaTemplate Parse(string source, string name) => new(source, name, TemplateParser.Parse(source, name));

    public string Render(IReadOnlyDictionary<string, object?> variables) => TemplateRenderer.Render(_body, Source, Name, variables);
}
