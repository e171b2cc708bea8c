namespace Evaluate.Adapters.Onnx.Prompting.Jinja;

/// <summary>
/// <c>+ - * / // % **</c> with Python's types: int stays int except for <c>/</c>, <c>+</c> joins strings and lists,
/// <c>*</c> repeats them, <c>//</c> and <c>%</c> floor. Mixing a string with a number is an error, as in Python.
/// </summary>
public static class Arithmetic
{
    public static object? Apply(string op, object? left, object? right)
    {
        if (left is Undefined u1) throw new TemplateRuntimeException($"'{u1.Name}' is undefined");
        if (right is Undefined u2) throw new TemplateRuntimeException($"'{u2.Name}' is undefined");
        switch (op, left, right)
        {
            case ("+", string a, string b): return a + b;
            case ("+", List<object?> a, List<object?> b): return a.Concat(b).ToList();
            case ("*", string a, long n): return string.Concat(Enumerable.Repeat(a, (int)Math.Max(0, n)));
            case ("*", List<object?> a, long n): return Enumerable.Repeat(a, (int)Math.Max(0, n)).SelectMany(x => x).ToList();
        }
        if (!TemplateValues.IsNumber(left) || !TemplateValues.IsNumber(right))
            throw new TemplateRuntimeException($"unsupported operand types for {op}: {TemplateValues.TypeName(left)} and {TemplateValues.TypeName(right)}");
        if (left is double || right is double || op == "/" || op == "**" && TemplateValues.ToDouble(right) < 0)
        {
            var a = TemplateValues.ToDouble(left);
            var b = TemplateValues.ToDouble(right);
            if (b == 0 && op is "/" or "//" or "%") throw new TemplateRuntimeException("division by zero");
            return op switch
            {
                "+" => a + b,
                "-" => a - b,
                "*" => a * b,
                "/" => a / b,
                "//" => Math.Floor(a / b),
                "%" => a - b * Math.Floor(a / b),
                _ => Math.Pow(a, b),
            };
        }
        var x = (long)TemplateValues.ToDouble(left);
        var y = (long)TemplateValues.ToDouble(right);
        if (y == 0 && op is "//" or "%") throw new TemplateRuntimeException("division by zero");
        return op switch
        {
            "+" => x + y,
            "-" => x - y,
            "*" => x * y,
            "//" => FloorDivide(x, y),
            "%" => x - y * FloorDivide(x, y),
            _ => (long)Math.Pow(x, y),
        };
    }

    private static long FloorDivide(long x, long y)
    {
        var q = x / y;
        return (x % y != 0) && ((x < 0) != (y < 0)) ? q - 1 : q;
    }
}
