using Evaluate.Adapters.Onnx.Prompting.Jinja;
using Evaluate.Core.Models;

namespace Evaluate.Adapters.Onnx.Prompting;

/// <summary>
/// <c>template=model</c>: the model's own Jinja chat template (<see cref="ModelTemplateSource"/>), rendered with
/// <c>messages</c> (role, content), <c>add_generation_prompt=true</c>, <c>bos_token</c>, <c>eos_token</c> and
/// <c>tools=none</c>, then the assistant prefix (<see cref="ThinkPrefill"/>). The BOS text is written where the template
/// writes it; the tokenizer then encodes it as the BOS token.
/// </summary>
public sealed class ModelChatTemplate : IChatTemplate
{
    private readonly JinjaTemplate _template;
    private readonly ModelTemplateSource _source;

    private ModelChatTemplate(ModelTemplateSource source)
    {
        _source = source;
        _template = JinjaTemplate.Parse(source.Text, source.Origin);
    }

    /// <summary>Parses the template now, so an unsupported construct is refused when the model opens.</summary>
    public static ModelChatTemplate From(ModelTemplateSource source) => new(source);

    public string Name => "model";

    /// <summary>Where the template came from (file and field).</summary>
    public string Origin => _source.Origin;

    public string Render(IReadOnlyList<ChatMessage> messages, string? assistantPrefix)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["messages"] = messages.Select(m => (object?)new OrderedDictionary<string, object?> { ["role"] = m.Role, ["content"] = m.Content }).ToList(),
            ["add_generation_prompt"] = true,
            ["tools"] = null,
        };
        if (_source.BosToken is not null) variables["bos_token"] = _source.BosToken;
        if (_source.EosToken is not null) variables["eos_token"] = _source.EosToken;
        return ThinkPrefill.Append(_template.Render(variables), assistantPrefix);
    }
}
