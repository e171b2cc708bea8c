using System.Globalization;

namespace Evaluate.Adapters.Onnx.Prompting.Jinja;

/// <summary>
/// The filters of Jinja's standard set that chat templates use (and Hugging Face's <c>tojson</c>); any other name is
/// refused when the template is parsed, with its position.
/// </summary>
public static class Filters
{
    private static readonly Dictionary<string, Func<object?, CallArguments, object?>> All = new(StringComparer.Ordinal)
    {
        ["trim"] = (v, a) => Methods.Strip(Text(v, "trim"), a.Get(0, "chars") as string, start: true, end: true),
        ["length"] = (v, _) => TemplateValues.Length(v),
        ["count"] = (v, _) => TemplateValues.Length(v),
        ["tojson"] = (v, a) => PythonJson.Dumps(v, a.Get(0, "indent") is long indent ? (int)indent : null),
        ["string"] = (v, _) => TemplateValues.ToText(v),
        ["upper"] = (v, _) => Text(v, "upper").ToUpperInvariant(),
        ["lower"] = (v, _) => Text(v, "lower").ToLowerInvariant(),
        ["capitalize"] = (v, _) => Text(v, "capitalize") is { Length: > 0 } s ? char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant() : "",
        ["title"] = (v, _) => Methods.Title(Text(v, "title")),
        ["default"] = Default,
        ["d"] = Default,
        ["items"] = (v, _) => v is Undefined ? new List<object?>() : Dict(v, "items").Select(p => (object?)new List<object?> { p.Key, p.Value }).ToList(),
        ["first"] = (v, _) => TemplateValues.Iterate(v) is { Count: > 0 } items ? items[0] : new Undefined("first item"),
        ["last"] = (v, _) => TemplateValues.Iterate(v) is { Count: > 0 } items ? items[^1] : new Undefined("last item"),
        ["join"] = (v, a) => string.Join(a.Get(0, "d", "") as string ?? "",
            TemplateValues.Iterate(v).Select(x => TemplateValues.ToText(a.Get(1, "attribute") is string attribute ? Members.GetAttribute(x, attribute) : x))),
        ["replace"] = (v, a) => Methods.Replace(Text(v, "replace"), TemplateValues.ToText(a.Get(0, "old")), TemplateValues.ToText(a.Get(1, "new")), a.Get(2, "count") is long c ? c : -1),
        ["list"] = (v, _) => TemplateValues.Iterate(v).ToList(),
        ["reverse"] = (v, _) => v is string s ? string.Concat(TemplateValues.TextElements(s).Cast<string>().Reverse()) : TemplateValues.Iterate(v).Reverse().ToList(),
        ["select"] = (v, a) => Select(v, a, keep: true, attribute: false),
        ["reject"] = (v, a) => Select(v, a, keep: false, attribute: false),
        ["selectattr"] = (v, a) => Select(v, a, keep: true, attribute: true),
        ["rejectattr"] = (v, a) => Select(v, a, keep: false, attribute: true),
        ["map"] = Map,
        ["abs"] = (v, _) => v is long l ? (object)Math.Abs(l) : Math.Abs(TemplateValues.ToDouble(v)),
        ["int"] = (v, a) => ToInteger(v, a),
        ["float"] = (v, _) => v is string s ? double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0.0 : TemplateValues.ToDouble(v),
        ["safe"] = (v, _) => v,
    };

    public static IEnumerable<string> Names => All.Keys;

    public static bool Supports(string name) => All.ContainsKey(name);

    public static object? Apply(string name, object? value, CallArguments arguments) => All[name](value, arguments);

    private static string Text(object? value, string filter) => value switch
    {
        string s => s,
        Undefined => "",
        _ => TemplateValues.ToText(value),
    };

    private static OrderedDictionary<string, object?> Dict(object? value, string filter) => value as OrderedDictionary<string, object?>
        ?? throw new TemplateRuntimeException($"{filter} needs a dict, got {TemplateValues.TypeName(value)}");

    /// <summary><c>default(value, boolean=false)</c>: the value unless undefined (or, with boolean, false).</summary>
    private static object? Default(object? value, CallArguments arguments)
    {
        var replace = value is Undefined || (TemplateValues.IsTrue(arguments.Get(1, "boolean", false)) && !TemplateValues.IsTrue(value));
        return replace ? arguments.Get(0, "default_value", "") : value;
    }

    /// <summary><c>select(test, …)</c> / <c>selectattr(attribute, test, …)</c> and their reject twins; no test means truthiness.</summary>
    private static List<object?> Select(object? value, CallArguments arguments, bool keep, bool attribute)
    {
        var offset = attribute ? 1 : 0;
        var attributeName = attribute ? arguments.Get(0, "attribute") as string ?? throw new TemplateRuntimeException("selectattr/rejectattr need an attribute name") : null;
        var testName = arguments.Positional.Count > offset ? arguments.Positional[offset] as string : null;
        if (testName is not null && !Tests.Supports(testName)) throw new TemplateRuntimeException($"unsupported test '{testName}'");
        var testArguments = new CallArguments(arguments.Positional.Skip(offset + 1).ToList(), new Dictionary<string, object?>());
        return TemplateValues.Iterate(value).Where(item =>
        {
            var subject = attributeName is null ? item : Members.GetAttribute(item, attributeName);
            var passes = testName is null ? TemplateValues.IsTrue(subject) : Tests.Apply(testName, subject, testArguments);
            return passes == keep;
        }).ToList();
    }

    /// <summary><c>map(attribute='x')</c> or <c>map('filter', …)</c>.</summary>
    private static List<object?> Map(object? value, CallArguments arguments)
    {
        if (arguments.Named.TryGetValue("attribute", out var attribute) && attribute is string name)
        {
            var fallback = arguments.Named.GetValueOrDefault("default");
            return TemplateValues.Iterate(value).Select(item => Members.GetAttribute(item, name) is Undefined && arguments.Named.ContainsKey("default") ? fallback : Members.GetAttribute(item, name)).ToList();
        }
        if (arguments.Positional.Count > 0 && arguments.Positional[0] is string filter && Supports(filter))
        {
            var rest = new CallArguments(arguments.Positional.Skip(1).ToList(), arguments.Named);
            return TemplateValues.Iterate(value).Select(item => Apply(filter, item, rest)).ToList();
        }
        throw new TemplateRuntimeException("map needs attribute='name' or a supported filter name");
    }

    private static object? ToInteger(object? value, CallArguments arguments) => value switch
    {
        long l => l,
        double d => (long)Math.Truncate(d),
        bool b => b ? 1L : 0L,
        string s when long.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
        string s when double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => (long)Math.Truncate(d),
        _ => arguments.Get(0, "default", 0L),
    };
}
