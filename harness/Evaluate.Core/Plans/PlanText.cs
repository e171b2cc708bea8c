namespace Evaluate.Core.Plans;

/// <summary>
/// A plan value as written, before its key's type reads it: one scalar (a YAML scalar, a flag's argument) or several
/// items (a YAML sequence, a repeated flag). Null is a YAML null: the key keeps its default.
/// </summary>
public sealed record PlanText(string? Scalar, IReadOnlyList<string>? Items)
{
    public static PlanText Of(string scalar) => new(scalar, null);

    public static PlanText Of(IReadOnlyList<string> items) => new(null, items);

    public static PlanText Null { get; } = new(null, null);

    public bool IsNull => Scalar is null && Items is null;
}
