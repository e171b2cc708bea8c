namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>
/// The <c>post_processor</c> section, reduced to what it does to one sequence's ids: the special tokens that
/// TemplateProcessing's <c>single</c> template puts before and after the text (Llama-3's &lt;|begin_of_text|&gt;,
/// Llama-2's and Mistral's &lt;s&gt;). ByteLevel post-processing changes offsets only. The <c>pair</c> template is
/// never used: a prompt is one sequence.
/// </summary>
internal sealed class PostProcessor(IReadOnlyList<int> prefix, IReadOnlyList<int> suffix)
{
    public static readonly PostProcessor None = new([], []);

    /// <summary>Every id the template adds.</summary>
    public IEnumerable<int> Ids => prefix.Concat(suffix);

    /// <summary>
    /// Adds the template's tokens once around the whole text, except those the text already has: a chat template that
    /// writes bos_token renders "&lt;s&gt;" itself, which encodes to the same id, and must not get a second one.
    /// </summary>
    public List<int> Apply(List<int> ids)
    {
        var result = new List<int>(ids.Count + prefix.Count + suffix.Count);
        if (!StartsWith(ids, prefix)) result.AddRange(prefix);
        result.AddRange(ids);
        if (!EndsWith(ids, suffix)) result.AddRange(suffix);
        return result;
    }

    private static bool StartsWith(List<int> ids, IReadOnlyList<int> part) =>
        part.Count > 0 && ids.Count >= part.Count && part.Select((id, i) => ids[i] == id).All(same => same);

    private static bool EndsWith(List<int> ids, IReadOnlyList<int> part) =>
        part.Count > 0 && ids.Count >= part.Count && part.Select((id, i) => ids[ids.Count - part.Count + i] == id).All(same => same);

    public static PostProcessor Read(JsonSection? section)
    {
        var (prefix, suffix) = (new List<int>(), new List<int>());
        if (section is not null) Add(section, prefix, suffix);
        return new PostProcessor(prefix, suffix);
    }

    private static void Add(JsonSection section, List<int> prefix, List<int> suffix)
    {
        switch (section.Type)
        {
            case "Sequence":
                foreach (var inner in section.Allow("type", "processors").Sections("processors")) Add(inner, prefix, suffix);
                break;
            case "ByteLevel":
                section.Allow("type", "add_prefix_space", "trim_offsets", "use_regex");
                foreach (var flag in new[] { "add_prefix_space", "trim_offsets", "use_regex" }) section.Bool(flag, true); // offsets only
                break;
            case "TemplateProcessing":
                section.Allow("type", "single", "pair", "special_tokens");
                var (before, after) = Template(section);
                prefix.InsertRange(0, before);
                suffix.AddRange(after);
                break;
            default:
                throw section.Refuse("type", $"post-processor '{section.Type}' is not implemented (TemplateProcessing, ByteLevel, Sequence)");
        }
    }

    private static (List<int> Before, List<int> After) Template(JsonSection section)
    {
        var specials = section.RequiredSection("special_tokens");
        var (before, after) = (new List<int>(), new List<int>());
        var seenText = false;
        foreach (var item in section.Sections("single"))
        {
            item.Allow("SpecialToken", "Sequence");
            if (item.Section("Sequence") is { } sequence)
            {
                sequence.Allow("id", "type_id");
                if (sequence.RequiredString("id") != "A" || seenText) throw sequence.Refuse("id", "a single sequence has one part, A");
                seenText = true;
            }
            else if (item.Section("SpecialToken") is { } special)
            {
                special.Allow("id", "type_id");
                var name = special.RequiredString("id");
                var entry = specials.Section(name) ?? throw special.Refuse("id", $"'{name}' is not in special_tokens");
                entry.Allow("id", "ids", "tokens");
                var ids = entry.Array("ids").Select((id, i) => id?.GetValueKind() == System.Text.Json.JsonValueKind.Number ? id.GetValue<int>() : throw new TokenizerFieldException($"{entry.Field("ids")}[{i}]", "must be a whole number"));
                (seenText ? after : before).AddRange(ids);
            }
            else throw new TokenizerFieldException(item.Path, "must be a SpecialToken or a Sequence");
        }
        if (!seenText) throw section.Refuse("single", "has no Sequence A");
        return (before, after);
    }
}
