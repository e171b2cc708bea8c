using System.Text;
using System.Text.RegularExpressions;

namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>
/// The <c>decoder</c> section: token strings to text, step by step over the list of tokens, as Hugging Face runs it.
/// ByteLevel maps byte characters back to bytes; Metaspace and Replace turn "▁" into spaces; ByteFallback turns runs of
/// &lt;0xXX&gt; tokens into the characters they encode; Fuse joins; Strip removes leading/trailing characters. Without a
/// decoder, tokens are joined with spaces, as Hugging Face does.
/// </summary>
internal sealed class TokenDecoder(IReadOnlyList<Func<List<string>, List<string>>> steps, bool joinWithSpaces)
{
    public string Decode(List<string> tokens)
    {
        var result = steps.Aggregate(tokens, (current, step) => step(current));
        return string.Join(joinWithSpaces ? " " : "", result);
    }

    public static TokenDecoder Read(JsonSection? section)
    {
        var steps = new List<Func<List<string>, List<string>>>();
        if (section is not null) Add(section, steps);
        return new TokenDecoder(steps, joinWithSpaces: section is null);
    }

    private static void Add(JsonSection section, List<Func<List<string>, List<string>>> steps)
    {
        switch (section.Type)
        {
            case "Sequence":
                foreach (var inner in section.Allow("type", "decoders").Sections("decoders")) Add(inner, steps);
                break;
            case "ByteLevel":
                section.Allow("type", "add_prefix_space", "trim_offsets", "use_regex");
                foreach (var flag in new[] { "add_prefix_space", "trim_offsets", "use_regex" }) section.Bool(flag, true); // encoding-side flags
                steps.Add(ByteLevel);
                break;
            case "Metaspace":
                section.Allow("type", "replacement", "add_prefix_space", "prepend_scheme", "split", "str_rep");
                section.Bool("split", true);
                steps.Add(Metaspace(MetaspaceStep.ReadReplacement(section), MetaspaceStep.ReadScheme(section) != PrependScheme.Never));
                break;
            case "Replace":
                var pattern = TokenizerPattern.Read(section.Allow("type", "pattern", "content"));
                var content = section.RequiredString("content").Replace("$", "$$", StringComparison.Ordinal);
                steps.Add(tokens => tokens.Select(t => pattern.Replace(t, content)).ToList());
                break;
            case "ByteFallback":
                section.Allow("type");
                steps.Add(ByteFallback);
                break;
            case "Fuse":
                section.Allow("type");
                steps.Add(tokens => [string.Concat(tokens)]);
                break;
            case "Strip":
                section.Allow("type", "content", "start", "stop");
                var strip = section.RequiredString("content");
                if (strip.Length != 1) throw section.Refuse("content", $"'{strip}' must be one character");
                var (start, stop) = (section.Int("start", 0), section.Int("stop", 0));
                steps.Add(tokens => tokens.Select(t => Strip(t, strip[0], start, stop)).ToList());
                break;
            default:
                throw section.Refuse("type", $"decoder '{section.Type}' is not implemented (ByteLevel, Metaspace, Replace, ByteFallback, Fuse, Strip, Sequence)");
        }
    }

    private static List<string> ByteLevel(List<string> tokens)
    {
        var bytes = new List<byte>();
        foreach (var token in tokens) ByteLevelAlphabet.AppendBytes(token, bytes);
        return [Encoding.UTF8.GetString(bytes.ToArray())];
    }

    /// <summary>Every marker becomes a space, except in the first token when the encoder prepends one (Hugging Face drops
    /// the markers of the first token then).</summary>
    private static Func<List<string>, List<string>> Metaspace(char replacement, bool prepends) => tokens =>
        tokens.Select((t, i) => i == 0 && prepends ? t.Replace(replacement.ToString(), "", StringComparison.Ordinal) : t.Replace(replacement, ' ')).ToList();

    /// <summary>Runs of &lt;0xXX&gt; tokens become the text their bytes encode; bytes that are not valid UTF-8 give one
    /// U+FFFD each, as Hugging Face's ByteFallback decoder does.</summary>
    private static List<string> ByteFallback(List<string> tokens)
    {
        var result = new List<string>(tokens.Count);
        var pending = new List<byte>();
        foreach (var token in tokens)
        {
            if (token.Length == 6 && token.StartsWith("<0x", StringComparison.Ordinal) && token[5] == '>'
                && byte.TryParse(token.AsSpan(3, 2), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var b))
            {
                pending.Add(b);
                continue;
            }
            Flush(pending, result);
            result.Add(token);
        }
        Flush(pending, result);
        return result;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static void Flush(List<byte> pending, List<string> result)
    {
        if (pending.Count == 0) return;
        try
        {
            result.Add(StrictUtf8.GetString(pending.ToArray()));
        }
        catch (DecoderFallbackException)
        {
            result.AddRange(Enumerable.Repeat("\uFFFD", pending.Count));
        }
        pending.Clear();
    }

    private static string Strip(string token, char content, int start, int stop)
    {
        var (from, to) = (0, token.Length);
        while (from < to && from < start && token[from] == content) from++;
        while (to > from && token.Length - to < stop && token[to - 1] == content) to--;
        return token[from..to];
    }
}
