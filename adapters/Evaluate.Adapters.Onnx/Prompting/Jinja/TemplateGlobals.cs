namespace Evaluate.Adapters.Onnx.Prompting.Jinja;

/// <summary>
/// The functions a chat template may call: <c>raise_exception</c> (Hugging Face's, which stops rendering with the
/// template's message), <c>namespace</c>, <c>range</c> and <c>dict</c>. <c>strftime_now</c> is deliberately absent:
/// templates that test <c>strftime_now is defined</c> fall back to their own fixed date, so a prompt does not change
/// from one day to the next; one that calls it unconditionally is refused by name.
/// </summary>
public static class TemplateGlobals
{
    public static void AddTo(Scope scope)
    {
        scope.Set("raise_exception", new TemplateFunction("raise_exception", args =>
            throw new TemplateRuntimeException($"the template refused this conversation: {TemplateValues.ToText(args.Get(0, "message"))}")));
        scope.Set("namespace", new TemplateFunction("namespace", Namespace));
        scope.Set("range", new TemplateFunction("range", Range));
        scope.Set("dict", new TemplateFunction("dict", args => new OrderedDictionary<string, object?>(args.Named)));
    }

    private static TemplateNamespace Namespace(CallArguments args)
    {
        var ns = new TemplateNamespace();
        if (args.Positional is [OrderedDictionary<string, object?> initial, ..])
            foreach (var (key, value) in initial) ns.Attributes[key] = value;
        foreach (var (key, value) in args.Named) ns.Attributes[key] = value;
        return ns;
    }

    private static List<object?> Range(CallArguments args)
    {
        var numbers = args.Positional.Select(v => (long)TemplateValues.ToDouble(v)).ToList();
        var (start, stop, step) = numbers.Count switch
        {
            1 => (0L, numbers[0], 1L),
            2 => (numbers[0], numbers[1], 1L),
            3 => (numbers[0], numbers[1], numbers[2]),
            _ => throw new TemplateRuntimeException("range takes 1 to 3 numbers"),
        };
        if (step == 0) throw new TemplateRuntimeException("range step cannot be zero");
        var items = new List<object?>();
        for (var i = start; step > 0 ? i < stop : i > stop; i += step)
        {
            items.Add(i);
            if (items.Count > 1_000_000) throw new TemplateRuntimeException("range longer than 1,000,000 items");
        }
        return items;
    }
}
