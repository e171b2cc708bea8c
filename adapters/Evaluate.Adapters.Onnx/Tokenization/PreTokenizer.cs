using System.Text.RegularExpressions;

namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>The <c>pre_tokenizer</c> section: its steps in order, each applied to every piece the previous one made.</summary>
internal sealed class PreTokenizer(IReadOnlyList<IPreTokenizerStep> steps)
{
    public List<Piece> Split(Piece piece)
    {
        var pieces = new List<Piece> { piece };
        foreach (var step in steps)
        {
            var next = new List<Piece>(pieces.Count * 2);
            foreach (var p in pieces) step.Split(p, next);
            pieces = next;
        }
        return pieces;
    }

    public static PreTokenizer Read(JsonSection? section)
    {
        var steps = new List<IPreTokenizerStep>();
        if (section is not null) Add(section, steps);
        return new PreTokenizer(steps);
    }

    private static void Add(JsonSection section, List<IPreTokenizerStep> steps)
    {
        switch (section.Type)
        {
            case "Sequence":
                foreach (var inner in section.Allow("type", "pretokenizers").Sections("pretokenizers")) Add(inner, steps);
                break;
            case "Split":
                section.Allow("type", "pattern", "behavior", "invert");
                steps.Add(new SplitStep(TokenizerPattern.Read(section), SplitBehaviors.Read(section), section.Bool("invert", false)));
                break;
            case "ByteLevel":
                section.Allow("type", "add_prefix_space", "trim_offsets", "use_regex");
                section.Bool("trim_offsets", true); // offsets only: no effect on ids
                steps.Add(new ByteLevelStep(section.Bool("add_prefix_space", true), section.Bool("use_regex", true)));
                break;
            case "Digits":
                // Each digit alone, or each run of digits as one piece.
                var individual = section.Allow("type", "individual_digits").Bool("individual_digits", false);
                steps.Add(new SplitStep(new Regex(individual ? @"\p{N}" : @"\p{N}+"), SplitBehavior.Isolated, invert: false));
                break;
            case "Whitespace":
                section.Allow("type");
                steps.Add(new SplitStep(new Regex(PreTokenizerPatterns.Whitespace), SplitBehavior.Removed, invert: true));
                break;
            case "WhitespaceSplit":
                section.Allow("type");
                steps.Add(new SplitStep(new Regex(@"\s+"), SplitBehavior.Removed, invert: false));
                break;
            case "Metaspace":
                section.Allow("type", "replacement", "add_prefix_space", "prepend_scheme", "split", "str_rep");
                steps.Add(new MetaspaceStep(MetaspaceStep.ReadReplacement(section), MetaspaceStep.ReadScheme(section), section.Bool("split", true)));
                break;
            default:
                throw section.Refuse("type", $"pre-tokenizer '{section.Type}' is not implemented (Sequence, Split, ByteLevel, Digits, Whitespace, WhitespaceSplit, Metaspace)");
        }
    }
}
