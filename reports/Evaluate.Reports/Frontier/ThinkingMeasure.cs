namespace Evaluate.Reports.Frontier;

/// <summary>
/// Which tokens the frontier counts as thinking: reasoning tokens when the model reports them for every cell of the
/// frontier, else completion tokens (a model that reports none would otherwise sit at zero thinking).
/// </summary>
public enum ThinkingMeasure
{
    Reasoning,
    Completion,
}
