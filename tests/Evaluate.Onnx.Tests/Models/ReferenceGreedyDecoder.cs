using System.Text;
using System.Text.Json.Nodes;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Evaluate.Onnx.Tests.Models;

/// <summary>
/// An independent greedy decode of one graph, to compare the adapter with: raw ONNX Runtime, the whole sequence fed
/// at every step with empty pasts of the shape the test states (never read from the folder's config files), ties to
/// the lowest id, and ids turned into text with tokenizer.json's vocabulary and the byte-level alphabet. No adapter
/// code runs here.
/// </summary>
internal static class ReferenceGreedyDecoder
{
    /// <param name="prompt">Text whose bytes are each one token of the test tokenizer (no merge applies to it).</param>
    /// <param name="pastShape">[heads, head size] of each empty past the graph declares.</param>
    public static (string Text, int PromptTokens) Decode(string graphPath, string tokenizerPath, string prompt, int endOfText, int maxTokens, long[] pastShape)
    {
        var vocabulary = (JsonNode.Parse(File.ReadAllText(tokenizerPath))!["model"]!["vocab"] as JsonObject)!
            .ToDictionary(p => p.Key, p => p.Value!.GetValue<int>(), StringComparer.Ordinal);
        var tokens = Encoding.UTF8.GetBytes(prompt).Select(b => (long)vocabulary[ByteLevelAlphabet.Characters[b].ToString()]).ToList();
        var promptTokens = tokens.Count;
        using var session = new InferenceSession(graphPath);
        var generated = new List<long>();
        while (generated.Count < maxTokens)
        {
            var next = NextToken(session, tokens, pastShape);
            if (next == endOfText) break;
            generated.Add(next);
            tokens.Add(next);
        }
        var byteOf = Enumerable.Range(0, 256).ToDictionary(b => ByteLevelAlphabet.Characters[b], b => (byte)b);
        var names = vocabulary.ToDictionary(p => (long)p.Value, p => p.Key);
        var bytes = generated.SelectMany(id => names[id].Select(c => byteOf[c])).ToArray();
        return (Encoding.UTF8.GetString(bytes), promptTokens);
    }

    private static long NextToken(InferenceSession session, List<long> tokens, long[] pastShape)
    {
        var length = tokens.Count;
        var names = new List<string>();
        var values = new List<OrtValue>();
        try
        {
            foreach (var (name, metadata) in session.InputMetadata)
            {
                names.Add(name);
                values.Add(name switch
                {
                    "input_ids" => OrtValue.CreateTensorValueFromMemory(tokens.ToArray(), [1, length]),
                    "attention_mask" => OrtValue.CreateTensorValueFromMemory(Enumerable.Repeat(1L, length).ToArray(), [1, length]),
                    "position_ids" => OrtValue.CreateTensorValueFromMemory(Enumerable.Range(0, length).Select(p => (long)p).ToArray(), [1, length]),
                    "use_cache_branch" => OrtValue.CreateTensorValueFromMemory(new[] { false }, [1]),
                    _ when name.StartsWith("past_key_values.", StringComparison.Ordinal) =>
                        OrtValue.CreateAllocatedTensorValue(OrtAllocator.DefaultInstance, metadata.ElementDataType, [1, pastShape[0], 0, pastShape[1]]),
                    _ => throw new InvalidOperationException($"the reference decoder does not feed '{name}'"),
                });
            }
            using var options = new RunOptions();
            using var outputs = session.Run(options, names, values, ["logits"]);
            var logits = outputs[0].GetTensorDataAsSpan<float>();
            var width = (int)outputs[0].GetTensorTypeAndShape().Shape[^1];
            var last = logits.Slice((length - 1) * width, width);
            var best = 0;
            for (var id = 1; id < width; id++) if (last[id] > last[best]) best = id;
            return best;
        }
        finally
        {
            foreach (var value in values) value.Dispose();
        }
    }
}
