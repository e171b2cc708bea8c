using System.Text;
using System.Text.Json;

namespace Evaluate.Suites.Grading;

/// <summary>
/// A grade line read in one forward pass with <see cref="Utf8JsonReader"/> (no document is built). Only the common
/// case is taken: a valid JSON object whose gold, response and id have the right types, each given once, with no
/// \uD8xx-style escape that could be a lone surrogate. Anything else returns false and goes through the document
/// path, which reads it as before and gives the errors; so what a line means never depends on the path it took.
/// </summary>
internal static class FastPairReader
{
    public static bool TryRead(ReadOnlySpan<byte> line, out FastPair pair)
    {
        pair = default;
        string? gold = null, response = null, idText = null;
        byte[]? idNumber = null;
        bool seenGold = false, seenResponse = false, seenId = false, idIsNull = false;
        var reader = new Utf8JsonReader(line, isFinalBlock: true, state: default);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var field = reader.ValueTextEquals("gold"u8) ? Field.Gold
                    : reader.ValueTextEquals("response"u8) ? Field.Response
                    : reader.ValueTextEquals("id"u8) ? Field.Id
                    : Field.Other;
                reader.Read();
                switch (field)
                {
                    case Field.Gold when !seenGold:
                        seenGold = true;
                        if (reader.TokenType == JsonTokenType.Number) gold = Encoding.UTF8.GetString(reader.ValueSpan);
                        else if (reader.TokenType == JsonTokenType.String && PlainString(ref reader, out gold)) { }
                        else return false;
                        break;
                    case Field.Response when !seenResponse:
                        seenResponse = true;
                        if (reader.TokenType == JsonTokenType.Null) response = null;
                        else if (reader.TokenType == JsonTokenType.String && PlainString(ref reader, out response)) { }
                        else return false;
                        break;
                    case Field.Id when !seenId:
                        seenId = true;
                        if (reader.TokenType == JsonTokenType.Null) idIsNull = true;
                        else if (reader.TokenType == JsonTokenType.Number) idNumber = reader.ValueSpan.ToArray();
                        else if (reader.TokenType == JsonTokenType.String && PlainString(ref reader, out idText)) { }
                        else return false;
                        break;
                    case Field.Other:
                        reader.Skip();
                        break;
                    default:
                        return false; // a field given twice: the document path decides which one counts
                }
            }
            // The loop ends at the object's end; a valid line has nothing but whitespace after it.
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read()) return false;
        }
        catch (JsonException)
        {
            return false;
        }
        if (!seenGold || !seenResponse) return false;
        pair = new FastPair(gold!, response, seenId, idIsNull, idText, idNumber);
        return true;
    }

    /// <summary>The decoded string, unless its raw form holds a \uD… escape (a possible lone surrogate).</summary>
    private static bool PlainString(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        var raw = reader.ValueSpan;
        if (reader.ValueIsEscaped && MayHoldSurrogateEscape(raw)) return false;
        value = reader.GetString();
        return true;
    }

    private static bool MayHoldSurrogateEscape(ReadOnlySpan<byte> raw) =>
        raw.IndexOf("\\ud"u8) >= 0 || raw.IndexOf("\\uD"u8) >= 0;

    private enum Field { Other, Gold, Response, Id }
}

/// <summary>A line read by <see cref="FastPairReader"/>: gold, response, and the id as it was (absent, null, a number's raw text, or a string).</summary>
internal readonly record struct FastPair(string Gold, string? Response, bool HasId, bool IdIsNull, string? IdText, byte[]? IdNumber);
