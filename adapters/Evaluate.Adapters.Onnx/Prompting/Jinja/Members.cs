namespace Evaluate.Adapters.Onnx.Prompting.Jinja;

/// <summary>
/// <c>x.name</c> and <c>x[key]</c>: a dict's key (else one of its methods), a namespace's attribute, a list or string
/// item (negative indexes count from the end) or a string/dict method the templates call. Anything missing is
/// <see cref="Undefined"/>; only asking something of an undefined value is an error.
/// </summary>
public static class Members
{
    public static object? GetAttribute(object? target, string name) => target switch
    {
        Undefined u => throw new TemplateRuntimeException($"'{u.Name}' is undefined, so it has no attribute '{name}'"),
        OrderedDictionary<string, object?> dict => dict.TryGetValue(name, out var value) ? value : (object?)Methods.Bind(target, name) ?? new Undefined(name),
        TemplateNamespace ns => ns.Attributes.TryGetValue(name, out var value) ? value : new Undefined(name),
        _ => (object?)Methods.Bind(target, name) ?? new Undefined(name),
    };

    public static object? GetItem(object? target, object? key)
    {
        switch (target)
        {
            case Undefined u:
                throw new TemplateRuntimeException($"'{u.Name}' is undefined, so it has no item {TemplateValues.Repr(key)}");
            case OrderedDictionary<string, object?> dict:
                return key is string k && dict.TryGetValue(k, out var value) ? value : new Undefined(TemplateValues.ToText(key));
            case TemplateNamespace ns:
                return key is string attributeName && ns.Attributes.TryGetValue(attributeName, out var attribute) ? attribute : new Undefined(TemplateValues.ToText(key));
            case List<object?> list when key is long or bool:
                return At(list, (long)TemplateValues.ToDouble(key), $"list index {key}");
            case string s when key is long or bool:
                return At(TemplateValues.TextElements(s), (long)TemplateValues.ToDouble(key), $"string index {key}");
            case List<object?> or string when key is string method:
                return GetAttribute(target, method);
            default:
                throw new TemplateRuntimeException($"{TemplateValues.TypeName(target)} cannot be indexed by {TemplateValues.TypeName(key)}");
        }
    }

    private static object? At(List<object?> items, long index, string what)
    {
        var i = index < 0 ? items.Count + index : index;
        return i >= 0 && i < items.Count ? items[(int)i] : new Undefined(what);
    }

    /// <summary>Python slicing <c>x[start:stop:step]</c> of a list or string.</summary>
    public static object? Slice(object? target, object? start, object? stop, object? step)
    {
        var items = target switch
        {
            List<object?> list => list,
            string s => TemplateValues.TextElements(s),
            _ => throw new TemplateRuntimeException($"{TemplateValues.TypeName(target)} cannot be sliced"),
        };
        var stride = step is null or Undefined ? 1 : (long)TemplateValues.ToDouble(step);
        if (stride == 0) throw new TemplateRuntimeException("slice step cannot be zero");
        var count = items.Count;
        long Clamp(object? bound, long fallback)
        {
            if (bound is null or Undefined) return fallback;
            var b = (long)TemplateValues.ToDouble(bound);
            if (b < 0) b += count;
            return stride > 0 ? Math.Clamp(b, 0, count) : Math.Clamp(b, -1, count - 1);
        }
        var from = Clamp(start, stride > 0 ? 0 : count - 1);
        var to = Clamp(stop, stride > 0 ? count : -1);
        var result = new List<object?>();
        for (var i = from; stride > 0 ? i < to : i > to; i += stride) result.Add(items[(int)i]);
        return target is string ? string.Concat(result.Cast<string>()) : result;
    }
}
