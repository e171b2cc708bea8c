using Evaluate.Adapters.Onnx.Components;
using Evaluate.Core.Components;

namespace Evaluate.Adapters.Onnx.Models;

/// <summary>The <c>onnx</c> language model's parameters as a spec sets them, each declared once with its default.</summary>
public sealed record OnnxModelParameters : OnnxSessionParameters
{
    /// <summary>Null until the model folder is looked at: its own template when it has one, else chatml.</summary>
    [Option("chat template: model (the folder's Jinja chat_template), chatml (<|im_start|>role … <|im_end|>) or plain (contents separated by blank lines, for base models)",
        Choices = ["chatml", "plain", "model"], DefaultText = "model when the folder has a chat template, else chatml")]
    public string? Template { get; init; }

    /// <summary>Null until the model's generation_config.json is read, which the adapter does when it opens the model.</summary>
    [Option("sample only among the k most likely tokens (0: no limit)", Min = 0, DefaultText = "generation_config.json's top_k, else 0")]
    public int? TopK { get; init; }

    [Option("most samples of one request decoded together in one batch (a request with n=64 runs 8 batches)", Min = 1)]
    public int BatchSize { get; init; } = 8;

    /// <summary>Text: on/off, true/false and 1/0 in any case are accepted (<see cref="SpecReading.OnOff"/>).</summary>
    [Option("reuse past keys/values when the graph has them; off feeds the whole sequence each step (for comparison)")]
    public string KvCache { get; init; } = "on";

    [Option("most prompt tokens per prefill pass with the key/value cache (bounds prefill logits to chunk x vocabulary); 0: the whole prompt in one pass", Min = 0)]
    public int PrefillChunk { get; init; } = Decoding.BatchDecoder.DefaultPrefillChunk;
}
