namespace Evaluate.Reports.Charts;

/// <summary>
/// What a report row and a chart point stand for in every run: suite × strategy when every run holds one model (so
/// runs of different models pair, as `compare` pairs them), model × suite × strategy when some run holds several.
/// </summary>
/// <param name="Model">The model's key, or "" when the key is model-independent.</param>
public sealed record CellKey(string Model, string Suite, string Strategy);
