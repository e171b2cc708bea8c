using Evaluate.Adapters.Onnx.ModelFiles;
using Microsoft.ML.OnnxRuntime;

namespace Evaluate.Adapters.Onnx.Decoding;

/// <summary>
/// The inputs of one forward pass over <c>rows</c> sequences: the new tokens, the attention mask over past + new
/// tokens, positions, the cache-branch flag, logits-to-keep (1) and the past keys/values (empty on the first pass or with the cache off).
/// Owns the tensors it creates; past tensors taken from the previous pass's outputs stay owned by those outputs.
/// </summary>
internal sealed class StepInputs : IDisposable
{
    private readonly List<OrtValue> _owned = [];

    public List<string> Names { get; } = [];
    public List<OrtValue> Values { get; } = [];

    public static StepInputs Build(DecoderGraph graph, long[][] newTokens, int pastLength, IReadOnlyList<OrtValue>? past)
    {
        var rows = newTokens.Length;
        var length = newTokens[0].Length;
        var inputs = new StepInputs();
        inputs.AddOwned(graph.Names.InputIds, OrtValue.CreateTensorValueFromMemory(newTokens.SelectMany(t => t).ToArray(), [rows, length]));
        if (graph.HasAttentionMask)
            inputs.AddOwned(graph.Names.AttentionMask, OrtValue.CreateTensorValueFromMemory(Enumerable.Repeat(1L, rows * (pastLength + length)).ToArray(), [rows, pastLength + length]));
        if (graph.HasPositionIds)
        {
            var positions = Enumerable.Range(0, rows).SelectMany(_ => Enumerable.Range(pastLength, length).Select(p => (long)p)).ToArray();
            inputs.AddOwned(graph.Names.PositionIds, OrtValue.CreateTensorValueFromMemory(positions, [rows, length]));
        }
        if (graph.HasCacheBranch)
            inputs.AddOwned(GraphNames.UseCacheBranch, OrtValue.CreateTensorValueFromMemory(new[] { pastLength > 0 }, [1]));
        if (graph.LogitsToKeep is { } keep) inputs.AddOwned(keep.Name, keep.One());
        if (graph.Cache is { } cache) inputs.AddPast(graph, cache, rows, past);
        return inputs;
    }

    private void AddPast(DecoderGraph graph, KeyValueShape cache, int rows, IReadOnlyList<OrtValue>? past)
    {
        for (var layer = 0; layer < cache.Layers; layer++)
        {
            for (var half = 0; half < 2; half++)
            {
                var name = GraphNames.Layer(half == 0 ? graph.Names.PastKey : graph.Names.PastValue, layer);
                if (past is not null)
                {
                    Names.Add(name);
                    Values.Add(past[2 * layer + half]);
                }
                else
                {
                    AddOwned(name, OrtValue.CreateAllocatedTensorValue(OrtAllocator.DefaultInstance, cache.ElementType, [rows, cache.Heads, 0, cache.HeadDimension]));
                }
            }
        }
    }

    private void AddOwned(string name, OrtValue value)
    {
        Names.Add(name);
        Values.Add(value);
        _owned.Add(value);
    }

    public void Dispose()
    {
        foreach (var value in _owned) value.Dispose();
    }
}
