namespace Evaluate.Core.Puzzles.Game24;

/// <summary>One Tree-of-Thoughts step: two remaining numbers combined into one, e.g. "4 + 8 = 12 (left: 4 6 12)".</summary>
public sealed record Game24Step(Fraction Left, char Operator, Fraction Right, Fraction Result, IReadOnlyList<Fraction> Remaining)
{
    public override string ToString() =>
        $"{Left} {Operator} {Right} = {Result} (left: {string.Join(' ', Remaining)})";
}
