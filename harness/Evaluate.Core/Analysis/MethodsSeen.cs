namespace Evaluate.Core.Analysis;

/// <summary>
/// The quantities and operations of the rounds read so far (<see cref="RoundMethod"/>): a round uses a new method when
/// it brings one that no earlier round had.
/// </summary>
public sealed class MethodsSeen
{
    private readonly HashSet<string> _quantities = new(StringComparer.Ordinal);
    private readonly HashSet<string> _operations = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="round"/> has a quantity or operation not seen before; then records it.</summary>
    public bool AddIsNew(RoundMethod round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var isNew = false;
        foreach (var quantity in round.Quantities) isNew |= _quantities.Add(quantity);
        foreach (var operation in round.Operations) isNew |= _operations.Add(operation);
        _quantities.UnionWith(round.Implied);
        return isNew;
    }
}
