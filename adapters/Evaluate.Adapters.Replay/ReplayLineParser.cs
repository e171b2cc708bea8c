using System.Text.Json;
using Evaluate.Core.Models;
using Evaluate.Core.Problems;

namespace Evaluate.Adapters.Replay;

/// <summary>
/// Parses and validates one replay line. Known fields: id, problem, gold, responses, scores, tokens, and what the
/// recording says of how the responses were made: calls, prompt_tokens, token_source, reasoning, reasoning_tokens,
/// finish_reasons, simulated. Any other field is ignored (files written by other tools carry extra data). Errors name
/// the file, line and field.
/// </summary>
public static class ReplayLineParser
{
    public static (ReplayEntry Entry, ReplayRecord Record) Parse(string file, int line, long offset, ReadOnlySpan<byte> json)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(json.ToArray()); }
        catch (JsonException e) { throw new DatasetFormatException(file, line, "(line)", $"not valid JSON: {e.Message}"); }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new DatasetFormatException(file, line, "(line)", "expected a JSON object");
            var id = Text(root, "id", file, line) ?? throw new DatasetFormatException(file, line, "id", "missing");
            if (!root.TryGetProperty("responses", out var responsesElement) || responsesElement.ValueKind != JsonValueKind.Array)
                throw new DatasetFormatException(file, line, "responses", "missing or not a list of strings");
            var responses = new List<string>(responsesElement.GetArrayLength());
            foreach (var item in responsesElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String) throw new DatasetFormatException(file, line, "responses", $"item {responses.Count} is not a string");
                responses.Add(item.GetString()!);
            }
            if (responses.Count == 0) throw new DatasetFormatException(file, line, "responses", "is empty");
            var scores = Scores(root, responses.Count, file, line);
            var tokens = Tokens(root, "tokens", responses.Count, file, line);
            var recorded = new ReplayRecordedFacts(
                Whole(root, "calls", file, line), Whole(root, "prompt_tokens", file, line), Source(root, file, line),
                Texts(root, "reasoning", responses.Count, file, line), Tokens(root, "reasoning_tokens", responses.Count, file, line),
                Texts(root, "finish_reasons", responses.Count, file, line));
            var entry = new ReplayEntry(id, offset, line, Text(root, "problem", file, line), Text(root, "gold", file, line), responses.Count,
                Flag(root, "simulated", file, line));
            return (entry, new ReplayRecord(id, responses, scores, tokens, recorded));
        }
    }

    private static string? Text(JsonElement root, string field, string file, int line)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new DatasetFormatException(file, line, field, $"expected a string, got {value.ValueKind}"),
        };
    }

    private static List<ReplayScore>? Scores(JsonElement root, int count, string file, int line)
    {
        if (!root.TryGetProperty("scores", out var element) || element.ValueKind == JsonValueKind.Null) return null;
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() != count)
            throw new DatasetFormatException(file, line, "scores", $"expected a list of {count} entries (one per response)");
        var scores = new List<ReplayScore>(count);
        foreach (var item in element.EnumerateArray())
        {
            var index = scores.Count;
            scores.Add(item.ValueKind switch
            {
                JsonValueKind.Number => new ReplayScore(item.GetDouble(), null),
                JsonValueKind.Null => new ReplayScore(null, null),
                JsonValueKind.Array => new ReplayScore(null, item.EnumerateArray().Select(step => step.ValueKind == JsonValueKind.Number
                    ? step.GetDouble()
                    : throw new DatasetFormatException(file, line, "scores", $"entry {index}: per-step scores must be numbers")).ToList()),
                _ => throw new DatasetFormatException(file, line, "scores", $"entry {index}: expected a number or a list of numbers"),
            });
        }
        return scores;
    }

    private static List<int>? Tokens(JsonElement root, string field, int count, string file, int line)
    {
        if (!root.TryGetProperty(field, out var element) || element.ValueKind == JsonValueKind.Null) return null;
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() != count)
            throw new DatasetFormatException(file, line, field, $"expected a list of {count} whole numbers (one per response)");
        return element.EnumerateArray().Select((item, i) => item.ValueKind == JsonValueKind.Number && item.TryGetInt32(out var n) && n >= 0
            ? n
            : throw new DatasetFormatException(file, line, field, $"entry {i}: expected a whole number ≥ 0")).ToList();
    }

    /// <summary>A list of one string (or null) per response.</summary>
    private static List<string?>? Texts(JsonElement root, string field, int count, string file, int line)
    {
        if (!root.TryGetProperty(field, out var element) || element.ValueKind == JsonValueKind.Null) return null;
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() != count)
            throw new DatasetFormatException(file, line, field, $"expected a list of {count} strings or nulls (one per response)");
        return element.EnumerateArray().Select((item, i) => item.ValueKind switch
        {
            JsonValueKind.String => item.GetString(),
            JsonValueKind.Null => null,
            _ => throw new DatasetFormatException(file, line, field, $"entry {i}: expected a string or null"),
        }).ToList();
    }

    private static int? Whole(JsonElement root, string field, string file, int line)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= 0
            ? n
            : throw new DatasetFormatException(file, line, field, "expected a whole number ≥ 0");
    }

    private static bool Flag(JsonElement root, string field, string file, int line)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null) return false;
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new DatasetFormatException(file, line, field, "expected true or false"),
        };
    }

    private static TokenCountSource? Source(JsonElement root, string file, int line)
    {
        if (!root.TryGetProperty("token_source", out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String && value.GetString() is { } text
                                                      && Enum.TryParse<TokenCountSource>(text, ignoreCase: true, out var source)
                                                      && !int.TryParse(text, out _)
            ? source
            : throw new DatasetFormatException(file, line, "token_source", "expected \"reported\", \"counted\" or \"simulated\"");
    }
}
