namespace Evaluate.Adapters.Onnx.Prompting.Jinja;

/// <summary>A node of the template body; <see cref="Offset"/> places errors in the template text.</summary>
public abstract record Statement(int Offset);

public sealed record TextStatement(string Text, int Offset) : Statement(Offset);

/// <summary><c>{{ expression }}</c>.</summary>
public sealed record PrintStatement(Expression Value, int Offset) : Statement(Offset);

/// <summary><c>{% if %}…{% elif %}…{% else %}…{% endif %}</c>: the first branch whose condition holds.</summary>
public sealed record IfStatement(IReadOnlyList<(Expression Condition, IReadOnlyList<Statement> Body)> Branches, IReadOnlyList<Statement> Else, int Offset) : Statement(Offset);

/// <summary><c>{% for a[, b] in items [if condition] %}…{% else %}…{% endfor %}</c>.</summary>
public sealed record ForStatement(IReadOnlyList<string> Targets, Expression Items, Expression? Filter, IReadOnlyList<Statement> Body, IReadOnlyList<Statement> Else, int Offset) : Statement(Offset);

/// <summary><c>{% set name = value %}</c>, <c>{% set a, b = value %}</c> or <c>{% set ns.attribute = value %}</c>.</summary>
public sealed record SetStatement(IReadOnlyList<string> Targets, string? Attribute, Expression Value, int Offset) : Statement(Offset);

/// <summary><c>{% break %}</c> and <c>{% continue %}</c> (Hugging Face enables Jinja's loop controls).</summary>
public sealed record LoopControlStatement(bool Break, int Offset) : Statement(Offset);

/// <summary>
/// <c>{% generation %}…{% endgeneration %}</c>: Hugging Face marks assistant text for training masks with it; for a
/// prompt it renders its body unchanged.
/// </summary>
public sealed record GenerationStatement(IReadOnlyList<Statement> Body, int Offset) : Statement(Offset);
