using System.Globalization;
using Evaluate.Core.Running;

namespace Evaluate.Core.Costs;

/// <summary>
/// Adds up what the problems of this invocation cost as they finish and stops the run once the spend reaches
/// <c>--max-cost</c> (as <see cref="ErrorWatch"/> stops a run failing wholesale: exit 3, everything finished written, and
/// <c>--resume</c> goes on from there). Problems a resumed run had finished before are not counted again: the limit is
/// on what one invocation spends.
/// </summary>
/// <param name="prices">Each cell model's price, by the model as records name it (every model of the run has one).</param>
public sealed class CostWatch(double maxUsd, IReadOnlyDictionary<string, TokenPrice> prices)
{
    private readonly Lock _gate = new();
    private double _spent;
    private int _problems;

    public double MaxUsd { get; } = maxUsd;

    /// <summary>Dollars spent so far by this invocation.</summary>
    public double Spent { get { lock (_gate) return _spent; } }

    public void Observe(ProblemRecord problem)
    {
        var price = prices.GetValueOrDefault(problem.Model)
                    ?? throw new InvalidOperationException($"no price for model '{problem.Model}': --max-cost needs every model priced (checked before the run)");
        lock (_gate)
        {
            _spent += price.CostUsd(problem);
            _problems++;
            if (_spent >= MaxUsd)
                throw new RunAbortedException($"stopped: {_problems} problem(s) cost {Usd(_spent)}, which reaches --max-cost {Usd(MaxUsd)}")
                {
                    Hint = "Everything finished so far is written and summarised; --resume goes on from there (its spend is counted afresh against --max-cost).",
                };
        }
    }

    public static string Usd(double value) => "$" + value.ToString("0.######", CultureInfo.InvariantCulture);
}
