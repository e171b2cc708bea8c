namespace Evaluate.Core.Puzzles.Game24;

/// <summary>A full solution: three steps and the single expression they amount to.</summary>
public sealed record Game24Solution(IReadOnlyList<Game24Step> Steps, string Expression);
