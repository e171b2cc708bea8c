using Evaluate.Core.Components;

namespace Evaluate.Adapters.Replay;

/// <summary>
/// The <c>replay</c> model's one parameter. The run opens the file (it is a run-scoped service, shared with the replay
/// strategy), so the bound value is only what the spec names.
/// </summary>
public sealed record ReplayModelOptions
{
    [Option("the replay JSONL (also written replay:FILE)")]
    public string? File { get; init; }
}
