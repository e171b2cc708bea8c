namespace Evaluate.Adapters.Onnx.Prompting.Jinja;

/// <summary>The <c>is</c> tests of Jinja's standard set that chat templates use; any other name is refused when parsed.</summary>
public static class Tests
{
    private static readonly Dictionary<string, Func<object?, CallArguments, bool>> All = new(StringComparer.Ordinal)
    {
        ["defined"] = (v, _) => v is not Undefined,
        ["undefined"] = (v, _) => v is Undefined,
        ["none"] = (v, _) => v is null,
        ["string"] = (v, _) => v is string,
        ["number"] = (v, _) => v is long or double,
        ["integer"] = (v, _) => v is long,
        ["float"] = (v, _) => v is double,
        ["boolean"] = (v, _) => v is bool,
        ["true"] = (v, _) => v is true,
        ["false"] = (v, _) => v is false,
        ["mapping"] = (v, _) => v is OrderedDictionary<string, object?>,
        ["iterable"] = (v, _) => v is string or List<object?> or OrderedDictionary<string, object?>,
        ["sequence"] = (v, _) => v is string or List<object?> or OrderedDictionary<string, object?>,
        ["callable"] = (v, _) => v is TemplateFunction,
        ["equalto"] = (v, a) => TemplateValues.AreEqual(v, a.Get(0, "other")),
        ["eq"] = (v, a) => TemplateValues.AreEqual(v, a.Get(0, "other")),
        ["ne"] = (v, a) => !TemplateValues.AreEqual(v, a.Get(0, "other")),
        ["lt"] = (v, a) => TemplateValues.Compare(v, a.Get(0, "other")) < 0,
        ["le"] = (v, a) => TemplateValues.Compare(v, a.Get(0, "other")) <= 0,
        ["gt"] = (v, a) => TemplateValues.Compare(v, a.Get(0, "other")) > 0,
        ["ge"] = (v, a) => TemplateValues.Compare(v, a.Get(0, "other")) >= 0,
        ["sameas"] = (v, a) => TemplateValues.AreEqual(v, a.Get(0, "other")) && (v is null or bool || ReferenceEquals(v, a.Get(0, "other"))),
        ["in"] = (v, a) => TemplateValues.Contains(a.Get(0, "seq"), v),
        ["divisibleby"] = (v, a) => (long)TemplateValues.ToDouble(v) % (long)TemplateValues.ToDouble(a.Get(0, "num")) == 0,
        ["even"] = (v, _) => (long)TemplateValues.ToDouble(v) % 2 == 0,
        ["odd"] = (v, _) => (long)TemplateValues.ToDouble(v) % 2 != 0,
        ["lower"] = (v, _) => v is string s && s == s.ToLowerInvariant(),
        ["upper"] = (v, _) => v is string s && s == s.ToUpperInvariant(),
    };

    public static IEnumerable<string> Names => All.Keys;

    public static bool Supports(string name) => All.ContainsKey(name);

    public static bool Apply(string name, object? value, CallArguments arguments) => All[name](value, arguments);
}
