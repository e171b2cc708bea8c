namespace Evaluate.Core.Running;

/// <summary>One cell of the run matrix: a model, a suite and a strategy, by their recorded names.</summary>
public readonly record struct RunKey(string Model, string Suite, string Strategy)
{
    public override string ToString() => $"{Model} × {Suite} × {Strategy}";
}
