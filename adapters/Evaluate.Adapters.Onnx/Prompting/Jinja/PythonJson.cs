using System.Globalization;
using System.Text;

namespace Evaluate.Adapters.Onnx.Prompting.Jinja;

/// <summary>
/// <c>tojson</c> as Hugging Face defines it: Python's <c>json.dumps(x, ensure_ascii=False, indent=…)</c>, whose
/// separators are ", " and ": " on one line and "," plus newlines when indented (tool schemas in prompts depend on it).
/// </summary>
public static class PythonJson
{
    public static string Dumps(object? value, int? indent)
    {
        var text = new StringBuilder();
        Write(text, value, indent, 0);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value, int? indent, int depth)
    {
        switch (value)
        {
            case null or Undefined: text.Append("null"); break;
            case bool b: text.Append(b ? "true" : "false"); break;
            case long l: text.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case double d: text.Append(double.IsNaN(d) ? "NaN" : double.IsInfinity(d) ? (d > 0 ? "Infinity" : "-Infinity") : TemplateValues.FloatText(d)); break;
            case string s: WriteString(text, s); break;
            case List<object?> list:
                WriteContainer(text, '[', ']', list, indent, depth, (item, d) => Write(text, item, indent, d));
                break;
            case OrderedDictionary<string, object?> dict:
                WriteContainer(text, '{', '}', dict.ToList(), indent, depth, (pair, d) =>
                {
                    WriteString(text, pair.Key);
                    text.Append(": ");
                    Write(text, pair.Value, indent, d);
                });
                break;
            case TemplateNamespace ns:
                Write(text, new OrderedDictionary<string, object?>(ns.Attributes), indent, depth);
                break;
            default:
                throw new TemplateRuntimeException($"tojson: {TemplateValues.TypeName(value)} is not JSON serializable");
        }
    }

    private static void WriteContainer<T>(StringBuilder text, char open, char close, IReadOnlyList<T> items, int? indent, int depth, Action<T, int> writeItem)
    {
        text.Append(open);
        if (items.Count == 0)
        {
            text.Append(close);
            return;
        }
        for (var i = 0; i < items.Count; i++)
        {
            if (indent is { } width) text.Append(i == 0 ? "" : ",").Append('\n').Append(' ', width * (depth + 1));
            else if (i > 0) text.Append(", ");
            writeItem(items[i], depth + 1);
        }
        if (indent is { } w) text.Append('\n').Append(' ', w * depth);
        text.Append(close);
    }

    private static void WriteString(StringBuilder text, string s)
    {
        text.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                default:
                    if (c < 0x20) text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }
        text.Append('"');
    }
}
