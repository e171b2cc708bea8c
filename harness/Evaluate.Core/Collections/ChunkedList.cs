using System.Collections;

namespace Evaluate.Core.Collections;

/// <summary>
/// An append-only list stored in fixed chunks: growing never copies what is already held, so a list of a million
/// structs never needs the old and the doubled array at once (which a <see cref="List{T}"/> does as it grows).
/// </summary>
public sealed class ChunkedList<T> : IReadOnlyList<T>
{
    private const int ChunkBits = 14;
    private const int ChunkSize = 1 << ChunkBits;
    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            return _chunks[index >> ChunkBits][index & (ChunkSize - 1)];
        }
    }

    public void Add(T item)
    {
        var slot = Count & (ChunkSize - 1);
        if (slot == 0) _chunks.Add(new T[ChunkSize]);
        _chunks[^1][slot] = item;
        Count++;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return _chunks[i >> ChunkBits][i & (ChunkSize - 1)];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
