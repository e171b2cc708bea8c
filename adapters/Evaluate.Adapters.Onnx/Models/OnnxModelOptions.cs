using Evaluate.Adapters.Onnx.Components;
using Evaluate.Adapters.Onnx.Prompting;
using Evaluate.Adapters.Onnx.Runtime;
using Evaluate.Core.Components;

namespace Evaluate.Adapters.Onnx.Models;

/// <summary>The <c>onnx</c> language model's parameters, read and checked (see <see cref="OnnxModelParameters"/>).</summary>
public sealed record OnnxModelOptions(string Path, SessionSettings Session, TemplateChoice Template, int? TopK, int BatchSize, bool KeyValueCache)
{
    /// <summary>The spec's <c>file=</c>: which graph of the folder to run; null for the default.</summary>
    public string? File { get; init; }
    /// <summary>Most prompt tokens per prefill pass through the cache; 0: the whole prompt at once.</summary>
    public int PrefillChunk { get; init; } = Decoding.BatchDecoder.DefaultPrefillChunk;

    public static IReadOnlyList<ComponentParameter> Parameters => ComponentOptions.Parameters<OnnxModelParameters>();

    public static OnnxModelOptions From(ComponentSpec spec) => From(ComponentOptions.Bind<OnnxModelParameters>(spec));

    public static OnnxModelOptions From(OnnxModelParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new OnnxModelOptions(SpecReading.RequirePath(parameters), SpecReading.Session(parameters), ChatTemplates.Parse(parameters.Template),
            parameters.TopK, parameters.BatchSize, SpecReading.OnOff("kv_cache", parameters.KvCache))
        {
            File = SpecReading.File(parameters),
            PrefillChunk = parameters.PrefillChunk,
        };
    }
}
