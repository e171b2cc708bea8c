using Evaluate.Adapters.Onnx.ModelFiles;
using Microsoft.ML.OnnxRuntime;

namespace Evaluate.Adapters.Onnx.Decoding;

/// <summary>
/// Export variants the decode loop cannot drive, recognised by their inputs and outputs and refused by name with the
/// export option that avoids them (any other unknown input gets <see cref="DecoderGraph"/>'s general refusal).
/// </summary>
internal static class UnsupportedVariants
{
    public const string InputsEmbeds = "inputs_embeds";
    public const string HiddenStates = "hidden_states";

    /// <summary>
    /// Inputs of paged-attention graphs: ONNX Runtime's PagedAttention op (block_table, cumulative_sequence_length,
    /// past_seqlens, slot_mapping, key_cache/value_cache), vLLM-style names (block_tables, context_lens) and the
    /// per-sequence lengths GroupQueryAttention takes (seqlens_k, total_sequence_length) when a graph exposes them
    /// instead of deriving them from the attention mask. They need a serving engine's block manager.
    /// </summary>
    private static readonly string[] PagedAttentionInputs =
        ["block_table", "block_tables", "slot_mapping", "cumulative_sequence_length", "past_seqlens", "seqlens_k",
         "total_sequence_length", "context_lens", "key_cache", "value_cache"];

    public static void Refuse(string path, IReadOnlyDictionary<string, NodeMetadata> inputs, IReadOnlyDictionary<string, NodeMetadata> outputs, GraphNames names)
    {
        if (!inputs.ContainsKey(names.InputIds) && inputs.ContainsKey(InputsEmbeds))
            throw new ArgumentException($"{path}: the graph takes '{InputsEmbeds}' instead of '{names.InputIds}' (its embedding layer was left out: " +
                "onnxruntime-genai's builder does this with --extra_options exclude_embeds=true); export it again without exclude_embeds");
        if (!outputs.ContainsKey(names.Logits) && outputs.ContainsKey(HiddenStates))
            throw new ArgumentException($"{path}: the graph outputs '{HiddenStates}' and no '{names.Logits}' (its language-model head was left out: " +
                "onnxruntime-genai's builder does this with --extra_options exclude_lm_head=true); export it again without exclude_lm_head");
        if (inputs.Keys.FirstOrDefault(IsPagedAttention) is { } paged)
            throw new ArgumentException($"{path}: input '{paged}' is one of paged attention (sequence lengths and cache blocks that a serving engine " +
                "manages); the adapter feeds a contiguous key/value cache: export with optimum-cli export onnx --task text-generation-with-past " +
                "or onnxruntime-genai's model builder (past_key_values.N.key/value inputs)");
    }

    private static bool IsPagedAttention(string input) =>
        PagedAttentionInputs.Any(name => input == name || input.StartsWith(name + ".", StringComparison.Ordinal) || input.StartsWith(name + "_", StringComparison.Ordinal));
}
