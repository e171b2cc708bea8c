using Evaluate.Adapters.Onnx.Components;
using Evaluate.Adapters.Onnx.Prompting;
using Evaluate.Adapters.Onnx.Runtime;
using Evaluate.Core.Components;

namespace Evaluate.Adapters.Onnx.Models;

/// <summary>The <c>onnx</c> language model's parameters, read and checked from its component spec.</summary>
public sealed record OnnxModelOptions(string Path, SessionSettings Session, IChatTemplate Template, int? TopK, int BatchSize, bool KeyValueCache)
{
    public static IReadOnlyList<OnnxParameter> Parameters { get; } =
    [
        .. SpecReading.SessionParameters,
        new("template", "chatml", "chat template: chatml (<|im_start|>role … <|im_end|>) or plain (contents separated by blank lines, for base models)"),
        new("top_k", "generation_config.json's top_k, else 0", "sample only among the k most likely tokens (0: no limit)"),
        new("batch_size", "8", "most samples of one request decoded together in one batch (a request with n=64 runs 8 batches)"),
        new("kv_cache", "on", "reuse past keys/values when the graph has them; off feeds the whole sequence each step (for comparison)"),
    ];

    public static OnnxModelOptions From(ComponentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.RequireKnown([.. Parameters.Select(p => p.Name)]);
        var batch = SpecReading.Positive(spec, "batch_size", 8);
        return new OnnxModelOptions(SpecReading.RequirePath(spec), SpecReading.Session(spec), ChatTemplates.Parse(spec.Get("template")),
            spec.Get("top_k") is null ? null : SpecReading.NonNegative(spec, "top_k"), batch, SpecReading.OnOff(spec, "kv_cache", true));
    }
}
