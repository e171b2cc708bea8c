namespace Evaluate.Reports.Frontier;

/// <summary>One strategy at one budget: its accuracy and the thinking tokens it spent per problem (all samples and calls).</summary>
/// <param name="Optimal">The compute-optimal strategy at this budget (see <see cref="ComputeFrontier.MarkOptimal"/>).</param>
public sealed record FrontierPoint(string Strategy, int Budget, double Accuracy, double ThinkingTokens, bool Optimal = false);
