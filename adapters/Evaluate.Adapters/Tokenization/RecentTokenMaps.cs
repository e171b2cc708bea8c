using Evaluate.Core.Analysis;

namespace Evaluate.Adapters.Tokenization;

/// <summary>
/// The token starts of recently tokenised texts, so that a response is tokenised once: the adapter counts its tokens,
/// the analyser then asks for positions in the same text and finds them here. Lock-free (a slot per hash, replaced
/// whole by a volatile write; a lost race only costs a re-encode) and bounded: a fixed number of slots, and only texts up
/// to <see cref="MaxCachedLength"/> characters.
/// </summary>
internal sealed class RecentTokenMaps
{
    public const int MaxCachedLength = 16_384;
    private const int Slots = 256;

    private readonly Entry?[] _slots = new Entry?[Slots];

    public TokenStartOffsets? Find(string text)
    {
        var entry = Volatile.Read(ref _slots[Slot(text)]);
        return entry is not null && (ReferenceEquals(entry.Text, text) || string.Equals(entry.Text, text, StringComparison.Ordinal)) ? entry.Starts : null;
    }

    public void Remember(string text, TokenStartOffsets starts)
    {
        if (text.Length <= MaxCachedLength) Volatile.Write(ref _slots[Slot(text)], new Entry(text, starts));
    }

    private static int Slot(string text) => (int)((uint)string.GetHashCode(text, StringComparison.Ordinal) % Slots);

    private sealed record Entry(string Text, TokenStartOffsets Starts);
}
