namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>
/// The <c>normalizer</c> section, applied to each stretch of text between added tokens: Prepend and Replace (the
/// SentencePiece conversions of Llama-2, Mistral and Phi-3 write "▁" before the text and for every space), NFC, and
/// Sequences of these.
/// </summary>
internal sealed class TextNormalizer(IReadOnlyList<Func<string, string>> steps)
{
    public static readonly TextNormalizer None = new([]);

    public bool IsIdentity => steps.Count == 0;

    public string Apply(string text) => steps.Aggregate(text, (current, step) => step(current));

    public static TextNormalizer Read(JsonSection? section)
    {
        var steps = new List<Func<string, string>>();
        if (section is not null) Add(section, steps);
        return new TextNormalizer(steps);
    }

    private static void Add(JsonSection section, List<Func<string, string>> steps)
    {
        switch (section.Type)
        {
            case "Sequence":
                foreach (var inner in section.Allow("type", "normalizers").Sections("normalizers")) Add(inner, steps);
                break;
            case "NFC":
                // Accepted and not applied: the harness runs with invariant globalization, where .NET cannot normalize;
                // text that is already composed, as nearly all text is, tokenizes the same either way.
                section.Allow("type");
                break;
            case "Prepend":
                var prefix = section.Allow("type", "prepend").RequiredString("prepend");
                steps.Add(text => text.Length == 0 ? text : prefix + text);
                break;
            case "Replace":
                var pattern = TokenizerPattern.Read(section.Allow("type", "pattern", "content"));
                var content = section.RequiredString("content");
                steps.Add(text => pattern.Replace(text, content.Replace("$", "$$", StringComparison.Ordinal)));
                break;
            default:
                throw section.Refuse("type", $"normalizer '{section.Type}' is not implemented (none, NFC, Prepend, Replace, Sequence)");
        }
    }
}
