using System.Text.Json;

namespace Evaluate.Suites.Grading;

/// <summary>
/// One grade line as read, by either path: gold, response, and the id as it was (absent, null, a number's raw text, a
/// string, or, from the document path, the element itself, written back as the document holds it).
/// </summary>
internal readonly record struct GradingPair(
    string Gold, string? Response, bool HasId, bool IdIsNull, string? IdText, byte[]? IdNumber, JsonElement? IdElement = null)
{
    /// <summary>A pair from the document path.</summary>
    public static GradingPair FromDocument(JsonElement? id, string gold, string? response) =>
        new(gold, response, id is not null, false, null, null, id);
}
