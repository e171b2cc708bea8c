using System.Globalization;
using System.Text;

namespace Evaluate.Adapters.Onnx.Prompting.Jinja;

/// <summary>
/// The value model and Python's rules over it: none (null), <see cref="Undefined"/>, bool, long, double, string,
/// list (<see cref="List{T}"/> of object?), dict (<see cref="OrderedDictionary{TKey, TValue}"/> with string keys),
/// <see cref="TemplateNamespace"/> and <see cref="TemplateFunction"/>. Truth, printing (<c>str()</c>), equality,
/// ordering and iteration follow Python, because the templates were written against it.
/// </summary>
public static class TemplateValues
{
    public static bool IsTrue(object? value) => value switch
    {
        null or Undefined => false,
        bool b => b,
        long l => l != 0,
        double d => d != 0,
        string s => s.Length > 0,
        List<object?> list => list.Count > 0,
        OrderedDictionary<string, object?> dict => dict.Count > 0,
        _ => true,
    };

    /// <summary>Python's <c>str()</c>: what <c>{{ }}</c>, <c>~</c> and <c>|string</c> write.</summary>
    public static string ToText(object? value) => value switch
    {
        string s => s,
        Undefined => "",
        _ => Repr(value),
    };

    /// <summary>Python's <c>repr()</c> (lists and dicts print their items this way).</summary>
    public static string Repr(object? value) => value switch
    {
        null => "None",
        Undefined => "",
        bool b => b ? "True" : "False",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => FloatText(d),
        string s => QuoteString(s),
        List<object?> list => "[" + string.Join(", ", list.Select(Repr)) + "]",
        OrderedDictionary<string, object?> dict => "{" + string.Join(", ", dict.Select(p => QuoteString(p.Key) + ": " + Repr(p.Value))) + "}",
        TemplateNamespace => "<Namespace>",
        TemplateFunction f => $"<function {f.Name}>",
        _ => value.ToString() ?? "",
    };

    public static string FloatText(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static string QuoteString(string s)
    {
        var quote = s.Contains('\'', StringComparison.Ordinal) && !s.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var text = new StringBuilder().Append(quote);
        foreach (var c in s)
        {
            if (c == quote || c == '\\') text.Append('\\').Append(c);
            else if (c == '\n') text.Append("\\n");
            else if (c == '\r') text.Append("\\r");
            else if (c == '\t') text.Append("\\t");
            else text.Append(c);
        }
        return text.Append(quote).ToString();
    }

    public static string TypeName(object? value) => value switch
    {
        null => "none",
        Undefined u => $"undefined ('{u.Name}')",
        bool => "bool",
        long => "int",
        double => "float",
        string => "string",
        List<object?> => "list",
        OrderedDictionary<string, object?> => "dict",
        TemplateNamespace => "namespace",
        TemplateFunction => "function",
        _ => value.GetType().Name,
    };

    public static bool IsNumber(object? value) => value is long or double or bool;

    public static double ToDouble(object? value) => value switch
    {
        long l => l,
        double d => d,
        bool b => b ? 1 : 0,
        _ => throw new TemplateRuntimeException($"expected a number, got {TypeName(value)}"),
    };

    /// <summary>Python's <c>==</c>: numbers by value (True == 1), lists and dicts item by item.</summary>
    public static bool AreEqual(object? a, object? b)
    {
        if (a is Undefined || b is Undefined) return a is Undefined && b is Undefined;
        if (a is null || b is null) return a is null && b is null;
        if (IsNumber(a) && IsNumber(b)) return ToDouble(a) == ToDouble(b);
        return (a, b) switch
        {
            (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
            (List<object?> x, List<object?> y) => x.Count == y.Count && x.Zip(y).All(p => AreEqual(p.First, p.Second)),
            (OrderedDictionary<string, object?> x, OrderedDictionary<string, object?> y) =>
                x.Count == y.Count && x.All(p => y.TryGetValue(p.Key, out var v) && AreEqual(p.Value, v)),
            _ => ReferenceEquals(a, b),
        };
    }

    /// <summary>Python's ordering for numbers and strings; anything else is a type error, as in Python.</summary>
    public static int Compare(object? a, object? b)
    {
        if (IsNumber(a) && IsNumber(b)) return ToDouble(a).CompareTo(ToDouble(b));
        if (a is string x && b is string y) return string.CompareOrdinal(x, y);
        throw new TemplateRuntimeException($"cannot order {TypeName(a)} and {TypeName(b)}");
    }

    /// <summary>What a for loop walks: list items, dict keys, string characters; undefined and none walk nothing.</summary>
    public static IReadOnlyList<object?> Iterate(object? value) => value switch
    {
        Undefined => [],
        List<object?> list => list,
        OrderedDictionary<string, object?> dict => dict.Keys.Cast<object?>().ToList(),
        string s => TextElements(s),
        _ => throw new TemplateRuntimeException($"cannot iterate over {TypeName(value)}"),
    };

    public static List<object?> TextElements(string s)
    {
        var items = new List<object?>();
        var runes = s.EnumerateRunes();
        foreach (var rune in runes) items.Add(rune.ToString());
        return items;
    }

    public static long Length(object? value) => value switch
    {
        Undefined => 0,
        string s => s.EnumerateRunes().Count(),
        List<object?> list => list.Count,
        OrderedDictionary<string, object?> dict => dict.Count,
        _ => throw new TemplateRuntimeException($"{TypeName(value)} has no length"),
    };

    public static bool Contains(object? container, object? item) => container switch
    {
        string s when item is string part => s.Contains(part, StringComparison.Ordinal),
        string => throw new TemplateRuntimeException($"'in <string>' needs a string on the left, got {TypeName(item)}"),
        List<object?> list => list.Any(x => AreEqual(x, item)),
        OrderedDictionary<string, object?> dict => item is string key && dict.ContainsKey(key),
        Undefined or null => false,
        _ => throw new TemplateRuntimeException($"'in' is not defined for {TypeName(container)}"),
    };
}
