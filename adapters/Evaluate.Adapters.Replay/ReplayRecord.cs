namespace Evaluate.Adapters.Replay;

/// <summary>
/// One line of a replay file: the recorded responses to one problem, with optional scores (one per response, a
/// number or a list of per-step numbers) and token counts (one per response; they override local counting). The
/// optional <see cref="Recorded"/> facts say what producing the responses cost and how, so a replay of a run's own
/// responses reports what that run reported.
/// </summary>
public sealed record ReplayRecord(
    string Id,
    IReadOnlyList<string> Responses,
    IReadOnlyList<ReplayScore>? Scores,
    IReadOnlyList<int>? Tokens,
    ReplayRecordedFacts? Recorded = null);
