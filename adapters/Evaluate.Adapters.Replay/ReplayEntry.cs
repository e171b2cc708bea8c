namespace Evaluate.Adapters.Replay;

/// <summary>
/// What the index keeps of a replay line: where it is, and the small fields (problem, gold, response count, whether
/// the responses were simulated). Responses themselves stay on disk until asked for, so memory grows with problems,
/// not responses.
/// </summary>
public sealed record ReplayEntry(string Id, long Offset, int Line, string? Problem, string? Gold, int ResponseCount, bool Simulated = false);
