namespace Evaluate.Adapters.Onnx.Prompting.Jinja;

/// <summary>An expression of the template; <see cref="Offset"/> places errors in the template text.</summary>
public abstract record Expression(int Offset);

public sealed record LiteralExpression(object? Value, int Offset) : Expression(Offset);

public sealed record ListExpression(IReadOnlyList<Expression> Items, int Offset) : Expression(Offset);

public sealed record DictExpression(IReadOnlyList<(Expression Key, Expression Value)> Pairs, int Offset) : Expression(Offset);

public sealed record NameExpression(string Name, int Offset) : Expression(Offset);

/// <summary><c>x.name</c>.</summary>
public sealed record AttributeExpression(Expression Target, string Name, int Offset) : Expression(Offset);

/// <summary><c>x[key]</c>.</summary>
public sealed record IndexExpression(Expression Target, Expression Key, int Offset) : Expression(Offset);

/// <summary><c>x[start:stop:step]</c>, each part optional.</summary>
public sealed record SliceExpression(Expression Target, Expression? Start, Expression? Stop, Expression? Step, int Offset) : Expression(Offset);

public sealed record Arguments(IReadOnlyList<Expression> Positional, IReadOnlyList<(string Name, Expression Value)> Named)
{
    public static Arguments None { get; } = new([], []);
}

/// <summary><c>f(args)</c> or <c>x.method(args)</c>.</summary>
public sealed record CallExpression(Expression Target, Arguments Arguments, int Offset) : Expression(Offset);

/// <summary><c>x | name(args)</c>.</summary>
public sealed record FilterExpression(Expression Target, string Name, Arguments Arguments, int Offset) : Expression(Offset);

/// <summary><c>x is [not] name(args)</c>.</summary>
public sealed record TestExpression(Expression Target, string Name, Arguments Arguments, bool Negated, int Offset) : Expression(Offset);

/// <summary><c>not x</c>, <c>-x</c>, <c>+x</c>.</summary>
public sealed record UnaryExpression(string Operator, Expression Operand, int Offset) : Expression(Offset);

/// <summary>Arithmetic, comparison, <c>in</c>/<c>not in</c>, <c>~</c>, <c>and</c>/<c>or</c>.</summary>
public sealed record BinaryExpression(string Operator, Expression Left, Expression Right, int Offset) : Expression(Offset);

/// <summary><c>a if condition else b</c> (without else: undefined).</summary>
public sealed record ConditionalExpression(Expression Condition, Expression Then, Expression? Else, int Offset) : Expression(Offset);
