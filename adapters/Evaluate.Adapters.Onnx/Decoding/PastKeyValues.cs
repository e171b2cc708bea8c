using Microsoft.ML.OnnxRuntime;

namespace Evaluate.Adapters.Onnx.Decoding;

/// <summary>
/// The key/value cache fed as the next pass's past: each layer's key then value, in the graph's output order. It owns
/// what holds them — the previous pass's outputs (passed back without a copy) or, after <see cref="Expand"/>, the
/// copies made for the batch's rows — and frees the old holder whenever it is replaced.
/// </summary>
internal sealed class PastKeyValues : IDisposable
{
    private IDisposable? _owner;

    /// <summary>Null before the first pass (the graph then gets empty pasts).</summary>
    public IReadOnlyList<OrtValue>? Values { get; private set; }

    /// <summary>Takes a pass's outputs (logits first, then the presents) as the new past.</summary>
    public void Replace(IDisposableReadOnlyCollection<OrtValue> outputs)
    {
        _owner?.Dispose();
        _owner = outputs;
        Values = outputs.Skip(1).ToList();
    }

    /// <summary>Copies a one-row cache to <paramref name="rows"/> rows (every row gets the shared prompt's keys and values).</summary>
    public void Expand(int rows)
    {
        if (Values is null || rows == 1) return;
        var expanded = new OwnedValues();
        try
        {
            foreach (var value in Values) expanded.Add(CacheExpansion.Tile(value, rows));
        }
        catch
        {
            expanded.Dispose();
            throw;
        }
        _owner?.Dispose();
        _owner = expanded;
        Values = expanded;
    }

    public void Dispose()
    {
        _owner?.Dispose();
        _owner = null;
        Values = null;
    }

    private sealed class OwnedValues : List<OrtValue>, IDisposable
    {
        public void Dispose()
        {
            foreach (var value in this) value.Dispose();
        }
    }
}
