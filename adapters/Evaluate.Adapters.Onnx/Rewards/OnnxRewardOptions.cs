using Evaluate.Adapters.Onnx.Components;
using Evaluate.Adapters.Onnx.Runtime;
using Evaluate.Core.Components;

namespace Evaluate.Adapters.Onnx.Rewards;

/// <summary>The <c>onnx</c> reward model's parameters, read and checked (see <see cref="OnnxRewardParameters"/>).</summary>
/// <param name="StepTokenParameter">The name the spec gave the step token (step_token or step_tag), for error messages.</param>
public sealed record OnnxRewardOptions(string Path, SessionSettings Session, RewardKind Kind, string? StepToken, int Label, int BatchSize,
    RewardHead Head = RewardHead.Classifier, string? Good = null, string? Bad = null, string StepTokenParameter = "step_token")
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
        var head = parameters.Head.Trim().ToLowerInvariant() switch
        {
            "classifier" => RewardHead.Classifier,
            "lm" => RewardHead.LanguageModel,
            var other => throw new FormatException($"component 'onnx': head must be classifier or lm, got '{other}'"),
        };
        var (stepToken, stepParameter) = StepTokenOf(parameters);
        if (kind == RewardKind.Process && string.IsNullOrEmpty(stepToken))
            throw new FormatException("component 'onnx': kind=prm needs step_token=TOKEN (or step_tag=TOKEN: the model's step separator)");
        if (head == RewardHead.LanguageModel)
        {
            if (kind != RewardKind.Process)
                throw new FormatException("component 'onnx': head=lm scores steps at their step tag and needs kind=prm");
            if (string.IsNullOrEmpty(parameters.Good))
                throw new FormatException("component 'onnx': head=lm needs good=TOKEN (the token that marks a correct step, e.g. + for Math-Shepherd)");
            if (string.IsNullOrEmpty(parameters.Bad))
                throw new FormatException("component 'onnx': head=lm needs bad=TOKEN (the token that marks a wrong step, e.g. - for Math-Shepherd)");
        }
        else if (parameters.Good is not null || parameters.Bad is not null)
            throw new FormatException("component 'onnx': good and bad are read only with head=lm (a language-model head); a classifier head uses label");
        return new OnnxRewardOptions(SpecReading.RequirePath(parameters), SpecReading.Session(parameters), kind, stepToken,
            parameters.Label, parameters.BatchSize, head, parameters.Good, parameters.Bad, stepParameter) { File = SpecReading.File(parameters) };
    }

    private static (string? Token, string Parameter) StepTokenOf(OnnxRewardParameters parameters) => (parameters.StepToken, parameters.StepTag) switch
    {
        ({ } token, { } tag) when token != tag =>
            throw new FormatException($"component 'onnx': step_tag and step_token are two names of one token; got step_tag '{tag}' and step_token '{token}'"),
        (null, { } tag) => (tag, "step_tag"),
        var (token, _) => (token, "step_token"),
    };
}
