using Evaluate.Core.Components;

namespace Evaluate.Core.Costs;

/// <summary>
/// A price table (<c>prices.yaml</c>, see <see cref="PriceTableFile"/>): model key → <see cref="TokenPrice"/>. Nothing
/// here is a default: a model the table does not name has no price, and its cost metrics are absent, never zero.
/// </summary>
public sealed class PriceTable(string file, IReadOnlyDictionary<string, TokenPrice> prices)
{
    /// <summary>The file the table was read from (for messages).</summary>
    public string File { get; } = file;

    public IReadOnlyDictionary<string, TokenPrice> Prices { get; } = prices;

    /// <summary>
    /// The price of a model, matched by the first table key that equals, in this order: the model's whole spec as results
    /// record it (<c>openai:endpoint=chat,model=gpt-4o</c>), its <c>model</c> parameter (the served model's name,
    /// <c>gpt-4o</c>), or the adapter's name (<c>sim</c>, <c>openai</c>). Exact and case-sensitive: a price is never guessed.
    /// </summary>
    public TokenPrice? Find(ComponentDescriptor model)
    {
        foreach (var candidate in Candidates(model))
            if (candidate is not null && Prices.TryGetValue(candidate, out var price)) return price;
        return null;
    }

    private static IEnumerable<string?> Candidates(ComponentDescriptor model)
    {
        yield return model.ToString();
        yield return model.Parameters.GetValueOrDefault("model");
        yield return model.Name;
    }
}
