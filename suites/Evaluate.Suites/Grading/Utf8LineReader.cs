using System.Buffers;

namespace Evaluate.Suites.Grading;

/// <summary>
/// Lines of a stream as UTF-8 bytes over one pooled, growing buffer: no string per line, so a JSON line is parsed from
/// the bytes it was read as (issue 12: decoding to UTF-16 and re-encoding for the parser was most of `grade`'s cost).
/// Breaks lines where <see cref="StreamReader.ReadLine"/> does ("\n", "\r", "\r\n"). The span returned is valid until
/// the next call.
/// </summary>
internal sealed class Utf8LineReader(Stream input) : IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    private int _start, _end;
    private bool _eof, _skipLineFeed;

    /// <summary>Skips a UTF-8 byte order mark at the very start, as StreamReader does.</summary>
    public void SkipUtf8Bom()
    {
        Fill();
        if (_end - _start >= 3 && _buffer[_start] == 0xEF && _buffer[_start + 1] == 0xBB && _buffer[_start + 2] == 0xBF) _start += 3;
    }

    /// <summary>The first bytes of the stream (after <see cref="SkipUtf8Bom"/>), to detect other encodings.</summary>
    public ReadOnlySpan<byte> Peek => _buffer.AsSpan(_start, _end - _start);

    public bool TryReadLine(out ReadOnlyMemory<byte> line)
    {
        var scanned = 0;
        while (true)
        {
            if (_skipLineFeed && _start < _end)
            {
                if (_buffer[_start] == (byte)'\n') _start++;
                _skipLineFeed = false;
                continue;
            }
            var span = _buffer.AsSpan(_start + scanned, _end - _start - scanned);
            var at = span.IndexOfAny((byte)'\n', (byte)'\r');
            if (at >= 0)
            {
                var length = scanned + at;
                line = _buffer.AsMemory(_start, length);
                _skipLineFeed = _buffer[_start + length] == (byte)'\r';
                _start += length + 1;
                return true;
            }
            scanned = _end - _start;
            if (_eof)
            {
                line = _buffer.AsMemory(_start, scanned);
                _start = _end;
                return scanned > 0;
            }
            Fill();
        }
    }

    private void Fill()
    {
        if (_eof) return;
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        var read = input.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _eof = true;
        _end += read;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
