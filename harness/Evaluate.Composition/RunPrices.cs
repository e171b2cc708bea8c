using Evaluate.Core;
using Evaluate.Core.Costs;
using Evaluate.Core.Plans;
using Evaluate.Core.Running;

namespace Evaluate.Composition;

/// <summary>
/// The price of each model of a run, from the plan's price table (<c>prices:</c> / <c>--prices</c>), checked before
/// anything runs: <c>--max-cost</c> without a table, or with a model the table does not price, is refused (a limit that
/// cannot be measured is no limit). A model without a price otherwise only loses its cost metrics, with a warning.
/// </summary>
public static class RunPrices
{
    /// <summary>Model (as records name it) → price, for the manifest; null without a price table.</summary>
    public static IReadOnlyDictionary<string, TokenPrice>? Of(RunPlan plan, IReadOnlyList<RunCell> cells, TextWriter output)
    {
        if (plan.Prices is null)
        {
            if (plan.MaxCost is not null)
                throw new UsageException($"{PlanKeys.MaxCost} needs a price table: give {PlanKeys.Prices.Flag} FILE (see evals/prices.example.yaml)");
            return null;
        }
        var table = PriceTableFile.Load(plan.Prices);
        var prices = new SortedDictionary<string, TokenPrice>(StringComparer.Ordinal);
        foreach (var model in cells.Select(c => c.Model.Descriptor).DistinctBy(d => d.ToString()))
        {
            if (table.Find(model) is { } price)
            {
                prices[model.ToString()] = price;
                continue;
            }
            var keys = $"'{model}', '{model.Parameters.GetValueOrDefault("model") ?? model.Name}' or '{model.Name}'";
            if (plan.MaxCost is not null)
                throw new UsageException($"{PlanKeys.MaxCost} needs a price for every model: {table.File} has none for {keys}");
            output.WriteLine($"warning: {table.File} has no price for {keys}: its cost metrics are left out");
        }
        return prices;
    }
}
