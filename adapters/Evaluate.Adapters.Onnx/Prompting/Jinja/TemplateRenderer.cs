using System.Text;

namespace Evaluate.Adapters.Onnx.Prompting.Jinja;

/// <summary>
/// Runs a parsed template over its variables. Every error names the position of the innermost expression or statement
/// that failed (a <see cref="TemplateException"/>); nothing is skipped or guessed.
/// </summary>
public sealed class TemplateRenderer
{
    private enum Flow { Normal, Break, Continue }

    private readonly string _source;
    private readonly string _name;
    private readonly StringBuilder _output = new();

    private TemplateRenderer(string source, string name)
    {
        _source = source;
        _name = name;
    }

    public static string Render(IReadOnlyList<Statement> body, string source, string name, IReadOnlyDictionary<string, object?> variables)
    {
        var globals = new Scope(null);
        TemplateGlobals.AddTo(globals);
        var root = new Scope(globals);
        foreach (var (key, value) in variables) root.Set(key, value);
        var renderer = new TemplateRenderer(source, name);
        renderer.Execute(body, root);
        return renderer._output.ToString();
    }

    private Flow Execute(IReadOnlyList<Statement> body, Scope scope)
    {
        foreach (var statement in body)
        {
            var flow = Execute(statement, scope);
            if (flow != Flow.Normal) return flow;
        }
        return Flow.Normal;
    }

    private Flow Execute(Statement statement, Scope scope)
    {
        switch (statement)
        {
            case TextStatement text:
                _output.Append(text.Text);
                return Flow.Normal;
            case PrintStatement print:
                _output.Append(TemplateValues.ToText(Evaluate(print.Value, scope)));
                return Flow.Normal;
            case IfStatement conditional:
                foreach (var (condition, branch) in conditional.Branches)
                    if (TemplateValues.IsTrue(Evaluate(condition, scope))) return Execute(branch, scope);
                return Execute(conditional.Else, scope);
            case ForStatement loop:
                ExecuteFor(loop, scope);
                return Flow.Normal;
            case SetStatement set:
                ExecuteSet(set, scope);
                return Flow.Normal;
            case LoopControlStatement control:
                return control.Break ? Flow.Break : Flow.Continue;
            case GenerationStatement generation:
                return Execute(generation.Body, scope);
            default:
                throw Error(statement.Offset, $"unsupported statement {statement.GetType().Name}");
        }
    }

    private void ExecuteFor(ForStatement loop, Scope scope)
    {
        var source = Guard(loop.Items.Offset, () => TemplateValues.Iterate(Evaluate(loop.Items, scope)));
        var items = new List<object?>();
        foreach (var item in source)
        {
            if (loop.Filter is null) items.Add(item);
            else
            {
                var probe = new Scope(scope);
                Bind(loop.Targets, item, probe, loop.Offset);
                if (TemplateValues.IsTrue(Evaluate(loop.Filter, probe))) items.Add(item);
            }
        }
        if (items.Count == 0)
        {
            Execute(loop.Else, new Scope(scope));
            return;
        }
        for (var i = 0; i < items.Count; i++)
        {
            var iteration = new Scope(scope);
            Bind(loop.Targets, items[i], iteration, loop.Offset);
            iteration.Set("loop", LoopVariable(items, i));
            if (Execute(loop.Body, iteration) == Flow.Break) break;
        }
    }

    private static OrderedDictionary<string, object?> LoopVariable(List<object?> items, int i) => new()
    {
        ["index"] = (long)i + 1,
        ["index0"] = (long)i,
        ["revindex"] = (long)(items.Count - i),
        ["revindex0"] = (long)(items.Count - i - 1),
        ["first"] = i == 0,
        ["last"] = i == items.Count - 1,
        ["length"] = (long)items.Count,
        ["previtem"] = i > 0 ? items[i - 1] : new Undefined("loop.previtem"),
        ["nextitem"] = i < items.Count - 1 ? items[i + 1] : new Undefined("loop.nextitem"),
    };

    private void Bind(IReadOnlyList<string> targets, object? value, Scope scope, int offset)
    {
        if (targets.Count == 1)
        {
            scope.Set(targets[0], value);
            return;
        }
        var parts = Guard(offset, () => TemplateValues.Iterate(value));
        if (parts.Count != targets.Count) throw Error(offset, $"cannot unpack {parts.Count} values into {targets.Count} names");
        for (var i = 0; i < targets.Count; i++) scope.Set(targets[i], parts[i]);
    }

    private void ExecuteSet(SetStatement set, Scope scope)
    {
        var value = Evaluate(set.Value, scope);
        if (set.Attribute is null)
        {
            Bind(set.Targets, value, scope, set.Offset);
            return;
        }
        if (scope.Lookup(set.Targets[0]) is not TemplateNamespace ns)
            throw Error(set.Offset, $"'{set.Targets[0]}.{set.Attribute}' can only be set when '{set.Targets[0]}' is a namespace()");
        ns.Attributes[set.Attribute] = value;
    }

    private object? Evaluate(Expression expression, Scope scope) => Guard(expression.Offset, () => EvaluateCore(expression, scope));

    private object? EvaluateCore(Expression expression, Scope scope)
    {
        switch (expression)
        {
            case LiteralExpression literal:
                return literal.Value;
            case ListExpression list:
                return list.Items.Select(item => Evaluate(item, scope)).ToList();
            case DictExpression dict:
                var result = new OrderedDictionary<string, object?>();
                foreach (var (key, value) in dict.Pairs)
                    result[Evaluate(key, scope) as string ?? throw new TemplateRuntimeException("dict keys must be strings")] = Evaluate(value, scope);
                return result;
            case NameExpression name:
                return scope.Lookup(name.Name);
            case AttributeExpression attribute:
                return Members.GetAttribute(Evaluate(attribute.Target, scope), attribute.Name);
            case IndexExpression index:
                return Members.GetItem(Evaluate(index.Target, scope), Evaluate(index.Key, scope));
            case SliceExpression slice:
                return Members.Slice(Evaluate(slice.Target, scope), Optional(slice.Start, scope), Optional(slice.Stop, scope), Optional(slice.Step, scope));
            case CallExpression call:
                return Call(call, scope);
            case FilterExpression filter:
                return Filters.Apply(filter.Name, Evaluate(filter.Target, scope), Arguments(filter.Arguments, scope));
            case TestExpression test:
                return Tests.Apply(test.Name, Evaluate(test.Target, scope), Arguments(test.Arguments, scope)) != test.Negated;
            case UnaryExpression unary:
                var operand = Evaluate(unary.Operand, scope);
                return unary.Operator switch
                {
                    "not" => !TemplateValues.IsTrue(operand),
                    "-" => operand is long l ? (object)(-l) : -TemplateValues.ToDouble(operand),
                    _ => operand is long or double ? operand : TemplateValues.ToDouble(operand),
                };
            case BinaryExpression binary:
                return Binary(binary, scope);
            case ConditionalExpression conditional:
                return TemplateValues.IsTrue(Evaluate(conditional.Condition, scope))
                    ? Evaluate(conditional.Then, scope)
                    : conditional.Else is null ? new Undefined("conditional without else") : Evaluate(conditional.Else, scope);
            default:
                throw new TemplateRuntimeException($"unsupported expression {expression.GetType().Name}");
        }
    }

    private object? Optional(Expression? expression, Scope scope) => expression is null ? null : Evaluate(expression, scope);

    private CallArguments Arguments(Arguments arguments, Scope scope) => new(
        arguments.Positional.Select(a => Evaluate(a, scope)).ToList(),
        arguments.Named.ToDictionary(a => a.Name, a => Evaluate(a.Value, scope), StringComparer.Ordinal));

    private object? Call(CallExpression call, Scope scope)
    {
        var target = Evaluate(call.Target, scope);
        if (target is TemplateFunction function) return function.Invoke(Arguments(call.Arguments, scope));
        throw new TemplateRuntimeException(call.Target switch
        {
            NameExpression name when target is Undefined => $"unknown function '{name.Name}' (defined: raise_exception, namespace, range, dict)",
            AttributeExpression attribute when target is Undefined => $"unsupported method '{attribute.Name}' on {TemplateValues.TypeName(Evaluate(attribute.Target, scope))}"
                + $" (string methods: {string.Join(", ", Methods.StringMethods)}; dict methods: {string.Join(", ", Methods.DictMethods)})",
            _ => $"{TemplateValues.TypeName(target)} is not callable",
        });
    }

    private object? Binary(BinaryExpression binary, Scope scope)
    {
        var left = Evaluate(binary.Left, scope);
        switch (binary.Operator)
        {
            case "and": return TemplateValues.IsTrue(left) ? Evaluate(binary.Right, scope) : left;
            case "or": return TemplateValues.IsTrue(left) ? left : Evaluate(binary.Right, scope);
        }
        var right = Evaluate(binary.Right, scope);
        return binary.Operator switch
        {
            "==" => TemplateValues.AreEqual(left, right),
            "!=" => !TemplateValues.AreEqual(left, right),
            "<" => TemplateValues.Compare(left, right) < 0,
            ">" => TemplateValues.Compare(left, right) > 0,
            "<=" => TemplateValues.Compare(left, right) <= 0,
            ">=" => TemplateValues.Compare(left, right) >= 0,
            "in" => TemplateValues.Contains(right, left),
            "not in" => !TemplateValues.Contains(right, left),
            "~" => TemplateValues.ToText(left) + TemplateValues.ToText(right),
            _ => Arithmetic.Apply(binary.Operator, left, right),
        };
    }

    private T Guard<T>(int offset, Func<T> evaluate)
    {
        try
        {
            return evaluate();
        }
        catch (TemplateRuntimeException e)
        {
            throw Error(offset, e.Message);
        }
    }

    private TemplateException Error(int offset, string cause) => new(_name, SourcePosition.At(_source, offset), cause);
}
