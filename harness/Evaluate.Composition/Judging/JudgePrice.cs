using Evaluate.Core.Costs;
using Evaluate.Core.Models;
using Evaluate.Core.Plans;

namespace Evaluate.Composition.Judging;

/// <summary>
/// The grading judge's price, from the plan's price table by the same keys as a model's (<see cref="PriceTable.Find"/>).
/// A judge the table does not name has no judge_cost_usd (absent, never 0), with a warning. The judge's spend is not part
/// of --max-cost, which watches the evaluated models' calls (as cost_usd is the cell model's).
/// </summary>
public static class JudgePrice
{
    public static TokenPrice? Of(RunPlan plan, IModelAdapter? judge, TextWriter output)
    {
        if (judge is null || plan.Prices is null) return null;
        var table = PriceTableFile.Load(plan.Prices);
        var model = judge.Descriptor;
        if (table.Find(model) is { } price) return price;
        var keys = $"'{model}', '{model.Parameters.GetValueOrDefault("model") ?? model.Name}' or '{model.Name}'";
        output.WriteLine($"warning: {table.File} has no price for the judge {keys}: judge_cost_usd is left out");
        return null;
    }
}
