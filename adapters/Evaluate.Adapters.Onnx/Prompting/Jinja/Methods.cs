using System.Text;

namespace Evaluate.Adapters.Onnx.Prompting.Jinja;

/// <summary>
/// The Python methods chat templates call on strings (<c>strip</c>, <c>split</c>, <c>startswith</c> …) and dicts
/// (<c>get</c>, <c>items</c>, <c>keys</c>, <c>values</c>). A method outside this list is undefined, and calling it is
/// refused by name.
/// </summary>
public static class Methods
{
    public static readonly string[] StringMethods = ["strip", "lstrip", "rstrip", "split", "rsplit", "startswith", "endswith", "upper", "lower", "title", "capitalize", "replace", "find", "count", "join", "splitlines"];
    public static readonly string[] DictMethods = ["get", "items", "keys", "values"];

    public static TemplateFunction? Bind(object? target, string name) => target switch
    {
        string s when StringMethods.Contains(name) => new TemplateFunction(name, args => OnString(s, name, args)),
        OrderedDictionary<string, object?> dict when DictMethods.Contains(name) => new TemplateFunction(name, args => OnDict(dict, name, args)),
        _ => null,
    };

    private static object? OnString(string s, string name, CallArguments args)
    {
        string? Text(int i) => args.Get(i, "", null) is string t ? t : null;
        switch (name)
        {
            case "strip": return Strip(s, Text(0), start: true, end: true);
            case "lstrip": return Strip(s, Text(0), start: true, end: false);
            case "rstrip": return Strip(s, Text(0), start: false, end: true);
            case "split" or "rsplit": return Split(s, Text(0), args.Get(1, "maxsplit") is long max ? (int)max : -1, name == "rsplit");
            case "splitlines": return s.Split('\n').Select(l => (object?)l.TrimEnd('\r')).ToList();
            case "startswith": return Prefixes(args.Get(0, "prefix")).Any(p => s.StartsWith(p, StringComparison.Ordinal));
            case "endswith": return Prefixes(args.Get(0, "suffix")).Any(p => s.EndsWith(p, StringComparison.Ordinal));
            case "upper": return s.ToUpperInvariant();
            case "lower": return s.ToLowerInvariant();
            case "title": return Title(s);
            case "capitalize": return s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant();
            case "replace": return Replace(s, Text(0) ?? "", Text(1) ?? "", args.Get(2, "count") is long c ? c : -1);
            case "find": return (long)s.IndexOf(Text(0) ?? "", StringComparison.Ordinal);
            case "count": return (long)CountOf(s, Text(0) ?? "");
            default: return string.Join(s, TemplateValues.Iterate(args.Get(0, "iterable")).Select(TemplateValues.ToText));
        }
    }

    private static object? OnDict(OrderedDictionary<string, object?> dict, string name, CallArguments args) => name switch
    {
        "get" => args.Get(0, "key") is string key && dict.TryGetValue(key, out var value) ? value : args.Get(1, "default"),
        "items" => dict.Select(p => (object?)new List<object?> { p.Key, p.Value }).ToList(),
        "keys" => dict.Keys.Cast<object?>().ToList(),
        _ => dict.Values.ToList(),
    };

    public static string Strip(string s, string? chars, bool start, bool end)
    {
        if (chars is null) return start && end ? s.Trim() : start ? s.TrimStart() : s.TrimEnd();
        var set = chars.ToCharArray();
        return start && end ? s.Trim(set) : start ? s.TrimStart(set) : s.TrimEnd(set);
    }

    /// <summary>Python's <c>str.split</c>: no separator splits on runs of whitespace and drops empty ends.</summary>
    public static List<object?> Split(string s, string? separator, int maxSplit, bool fromRight)
    {
        if (separator == "") throw new TemplateRuntimeException("split: empty separator");
        if (separator is null)
        {
            var words = s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (maxSplit < 0 || words.Length <= maxSplit + 1) return words.Cast<object?>().ToList();
            if (fromRight) throw new TemplateRuntimeException("rsplit with maxsplit and no separator is not supported");
            var head = words.Take(maxSplit).Cast<object?>().ToList();
            var rest = s.TrimStart();
            for (var i = 0; i < maxSplit; i++) rest = rest[(rest.IndexOf(words[i], StringComparison.Ordinal) + words[i].Length)..].TrimStart();
            head.Add(rest);
            return head;
        }
        var parts = s.Split(separator);
        if (maxSplit < 0 || parts.Length <= maxSplit + 1) return parts.Cast<object?>().ToList();
        return fromRight
            ? [string.Join(separator, parts[..^maxSplit]), .. parts[^maxSplit..]]
            : [.. parts[..maxSplit], string.Join(separator, parts[maxSplit..])];
    }

    private static IEnumerable<string> Prefixes(object? value) => value switch
    {
        string s => [s],
        List<object?> list => list.OfType<string>(),
        _ => throw new TemplateRuntimeException($"startswith/endswith take a string or a tuple of strings, got {TemplateValues.TypeName(value)}"),
    };

    public static string Title(string s)
    {
        var text = new StringBuilder(s.Length);
        var previousIsLetter = false;
        foreach (var c in s)
        {
            text.Append(previousIsLetter ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c));
            previousIsLetter = char.IsLetter(c);
        }
        return text.ToString();
    }

    public static string Replace(string s, string old, string replacement, long count)
    {
        if (count < 0) return old.Length == 0 ? s : s.Replace(old, replacement, StringComparison.Ordinal);
        var text = new StringBuilder();
        var pos = 0;
        for (var n = 0; n < count && old.Length > 0; n++)
        {
            var at = s.IndexOf(old, pos, StringComparison.Ordinal);
            if (at < 0) break;
            text.Append(s, pos, at - pos).Append(replacement);
            pos = at + old.Length;
        }
        return text.Append(s, pos, s.Length - pos).ToString();
    }

    private static int CountOf(string s, string part)
    {
        if (part.Length == 0) return s.Length + 1;
        var count = 0;
        for (var at = s.IndexOf(part, StringComparison.Ordinal); at >= 0; at = s.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
