using Evaluate.Adapters.Replay;
using Evaluate.Core;
using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Core.Search;
using Evaluate.Core.Strategies;

namespace Evaluate.Composition;

/// <summary>
/// Replay, registered once: the model that answers from a JSONL file, the strategy that returns its records as they
/// are, and the declaration that the model's answers are recorded (<see cref="RecordedAnswersRegistration"/>), which
/// is how `run` and `replay` find it: by capability, not by name.
/// </summary>
public static class ReplayRegistration
{
    private const string Name = "replay";

    public static ComponentRegistration<IModelAdapter> Model { get; } = ComponentRegistration<IModelAdapter>.Typed<ReplayModelOptions>(Name,
        "recorded responses from a JSONL file; no model is called (see `evaluate replay`)",
        (_, c) => c.Require<ReplayModel>("model 'replay'"), "replay:generations.jsonl --strategy replay");

    public static ComponentRegistration<IStrategy> Strategy { get; } = new(Name,
        "the recorded responses of a replay model, as they are (with --model replay:FILE; see `evaluate replay`)", [],
        (_, c) => new ReplayStrategy(c.Require<ReplayFile>("strategy 'replay' (use --model replay:FILE)"), StepAggregations.Parse(c.Plan.StepAggregate)));

    public static RecordedAnswersRegistration Recorded { get; } = new(Name, Name,
        // replay:FILE is not key=value: it is read as replay:file=FILE.
        text => ReplaySpec.TryParse(text, out var file)
            ? new ComponentSpec(Name, new SortedDictionary<string, string>(StringComparer.Ordinal) { ["file"] = file })
            : null,
        file => $"{Name}:{file}",
        spec => new ReplayRecordedAnswers(ReplayFile.Open(spec.Get("file") ?? throw new UsageException("model 'replay' needs a file: --model replay:FILE"))));
}
