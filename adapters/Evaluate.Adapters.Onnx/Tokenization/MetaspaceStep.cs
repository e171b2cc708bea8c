using System.Text.RegularExpressions;

namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>When Metaspace writes its marker before a piece: always, only before the start of the text, or never.</summary>
internal enum PrependScheme { Always, First, Never }

/// <summary>
/// The Metaspace pre-tokenizer (Mistral, newer Llama-2 conversions): spaces become the marker ("▁"), the marker is
/// written before a piece as <see cref="PrependScheme"/> says unless it starts with one, and with <c>split</c> the piece
/// is cut before each marker.
/// </summary>
internal sealed class MetaspaceStep(char replacement, PrependScheme scheme, bool split) : IPreTokenizerStep
{
    private readonly SplitStep _markers = new(new Regex(Regex.Escape(replacement.ToString())), SplitBehavior.MergedWithNext, invert: false);

    public void Split(Piece piece, List<Piece> output)
    {
        var text = piece.Text.Replace(' ', replacement);
        var prepend = scheme == PrependScheme.Always || scheme == PrependScheme.First && piece.StartsText;
        if (prepend && !text.StartsWith(replacement)) text = replacement + text;
        if (split) _markers.Split(piece with { Text = text }, output);
        else output.Add(piece with { Text = text });
    }

    /// <summary>Reads the scheme from <c>prepend_scheme</c>, or from the older <c>add_prefix_space</c>; Hugging Face
    /// refuses the two when they disagree, and so does this.</summary>
    public static PrependScheme ReadScheme(JsonSection section)
    {
        var legacy = section.Node("add_prefix_space") is null ? (bool?)null : section.Bool("add_prefix_space", true);
        var scheme = section.String("prepend_scheme") switch
        {
            null => legacy == false ? PrependScheme.Never : PrependScheme.Always,
            "always" => PrependScheme.Always,
            "first" => PrependScheme.First,
            "never" => PrependScheme.Never,
            var other => throw section.Refuse("prepend_scheme", $"'{other}' is not a prepend scheme (always, first, never)"),
        };
        if (legacy == false && scheme != PrependScheme.Never)
            throw section.Refuse("add_prefix_space", "false contradicts prepend_scheme");
        return scheme;
    }

    public static char ReadReplacement(JsonSection section)
    {
        var replacement = section.RequiredString("replacement");
        return replacement.Length == 1 ? replacement[0] : throw section.Refuse("replacement", $"'{replacement}' must be one character");
    }
}
