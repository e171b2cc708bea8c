using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Evaluate.Core.Traces.Export;

/// <summary>
/// A text format that writes each event of a trace as one line from a phrasebook (<see cref="TracePhrase"/>), and
/// reads a text back by matching each line against every phrase. Free text is escaped (<see cref="TraceText"/>) and
/// always ends its line, so nothing a model wrote can look like a marker. Reading is exact: a text parses only when
/// writing the tree it describes gives the same text again, so a wrong backtrack or a reordered line is refused.
/// </summary>
public abstract class TraceLineFormat : ITraceFormat
{
    private static readonly Regex Placeholder = new(@"\{(id|parent|depth|count|value|text)\}", RegexOptions.CultureInvariant);
    private readonly IReadOnlyDictionary<string, string> _phrases;
    private readonly IReadOnlyList<(string Phrase, Regex Pattern, string[] Slots)> _patterns;

    protected TraceLineFormat(IReadOnlyDictionary<string, string> phrases)
    {
        var missing = TracePhrase.All.Where(p => !phrases.ContainsKey(p)).ToList();
        if (missing.Count > 0) throw new ArgumentException($"the phrasebook lacks {string.Join(", ", missing)}", nameof(phrases));
        _phrases = phrases;
        _patterns = TracePhrase.All.Select(p => Compile(p, phrases[p])).ToList();
    }

    public abstract string Name { get; }

    public string Write(TraceTree tree) => string.Join('\n', TraceLinearisation.Events(tree).Select(Line));

    public TraceTree Read(string text)
    {
        var lines = text.Split('\n');
        var events = new List<TraceEvent>(lines.Length);
        for (var i = 0; i < lines.Length; i++) events.Add(Parse(lines[i], i + 1));
        var tree = TraceLinearisation.Tree(events);
        // The events say what the tree is; writing it again says whether they were in the one order this format writes.
        var again = Write(tree).Split('\n');
        for (var i = 0; i < Math.Max(again.Length, lines.Length); i++)
            if (i >= again.Length || i >= lines.Length || again[i] != lines[i])
                throw new TraceParseException(i + 1, $"out of order: the tree read from this text is written with '{(i < again.Length ? again[i] : "(nothing)")}' here");
        return tree;
    }

    /// <summary>One event as its line.</summary>
    public string Line(TraceEvent e)
    {
        var template = _phrases[TracePhrase.Of(e)];
        return Placeholder.Replace(template, m => m.Groups[1].Value switch
        {
            "id" => e.Id.ToString(CultureInfo.InvariantCulture),
            "parent" => (e.Parent ?? 0).ToString(CultureInfo.InvariantCulture),
            "depth" => e.Depth.ToString(CultureInfo.InvariantCulture),
            "count" => e.Count.ToString(CultureInfo.InvariantCulture),
            "value" => e.Value.ToString("R", CultureInfo.InvariantCulture),
            _ => TraceText.Escape(e.Text ?? ""),
        });
    }

    private TraceEvent Parse(string line, int number)
    {
        TraceEvent? found = null;
        foreach (var (phrase, pattern, slots) in _patterns)
        {
            var match = pattern.Match(line);
            if (!match.Success) continue;
            if (found is not null) throw new TraceParseException(number, $"the line matches two phrases of the {Name} format");
            var e = TracePhrase.Shape(phrase);
            for (var s = 0; s < slots.Length; s++)
            {
                var value = match.Groups[s + 1].Value;
                e = slots[s] switch
                {
                    "id" => e with { Id = Integer(value, number) },
                    "parent" => e with { Parent = Integer(value, number) },
                    "depth" => e with { Depth = Integer(value, number) },
                    "count" => e with { Count = Integer(value, number) },
                    "value" => e with { Value = Number(value, number) },
                    _ => e with { Text = TraceText.Unescape(value) ?? throw new TraceParseException(number, "a text holds an unknown escape (only \\\\, \\n and \\r are written)") },
                };
            }
            found = e;
        }
        return found ?? throw new TraceParseException(number, $"not a line of the {Name} format: '{Shorten(line)}'");
    }

    private static (string, Regex, string[]) Compile(string phrase, string template)
    {
        var pattern = new StringBuilder("^");
        var slots = new List<string>();
        var at = 0;
        foreach (Match m in Placeholder.Matches(template))
        {
            pattern.Append(Regex.Escape(template[at..m.Index]));
            var slot = m.Groups[1].Value;
            if (slot == "text" && m.Index + m.Length != template.Length)
                throw new ArgumentException($"phrase '{phrase}': {{text}} must end the line (it may hold anything)", nameof(template));
            pattern.Append(slot switch
            {
                "text" => "(.*)",
                "value" => @"(\S+?)",
                _ => "([0-9]+)",
            });
            slots.Add(slot);
            at = m.Index + m.Length;
        }
        pattern.Append(Regex.Escape(template[at..])).Append('$');
        return (phrase, new Regex(pattern.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline), slots.ToArray());
    }

    private static int Integer(string text, int line) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : throw new TraceParseException(line, $"'{text}' is not a node number");

    private static double Number(string text, int line) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw new TraceParseException(line, $"'{text}' is not a value");

    private static string Shorten(string line) => line.Length <= 80 ? line : line[..80] + "…";
}
