using Evaluate.Adapters.Onnx.Components;
using Evaluate.Adapters.Onnx.Runtime;
using Evaluate.Core.Components;

namespace Evaluate.Adapters.Onnx.Rewards;

/// <summary>The <c>onnx</c> reward model's parameters, read and checked (see <see cref="OnnxRewardParameters"/>).</summary>
public sealed record OnnxRewardOptions(string Path, SessionSettings Session, RewardKind Kind, string? StepToken, int Label, int BatchSize)
{
    /// <summary>The spec's <c>file=</c>: which graph of the folder to run; null for the default.</summary>
    public string? File { get; init; }

    public static IReadOnlyList<ComponentParameter> Parameters => ComponentOptions.Parameters<OnnxRewardParameters>();

    public static OnnxRewardOptions From(ComponentSpec spec) => From(ComponentOptions.Bind<OnnxRewardParameters>(spec));

    public static OnnxRewardOptions From(OnnxRewardParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var kind = parameters.Kind.Trim().ToLowerInvariant() switch
        {
            "orm" => RewardKind.Outcome,
            "prm" => RewardKind.Process,
            var other => throw new FormatException($"component 'onnx': kind must be orm or prm, got '{other}'"),
        };
        if (kind == RewardKind.Process && string.IsNullOrEmpty(parameters.StepToken))
            throw new FormatException("component 'onnx': kind=prm needs step_token=TOKEN (the model's step separator)");
        return new OnnxRewardOptions(SpecReading.RequirePath(parameters), SpecReading.Session(parameters), kind, parameters.StepToken,
            parameters.Label, parameters.BatchSize) { File = SpecReading.File(parameters) };
    }
}
