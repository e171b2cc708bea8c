using System.Text.Json.Serialization;

namespace Evaluate.Core.Suites;

/// <summary>
/// An exception no component should ever throw (a checker is specified never to throw): a bug, counted in the
/// records instead of ending a long run, with the exception's type and message (never a stack trace) for the report.
/// </summary>
/// <param name="Site">What was being done: <c>extract</c>, <c>grade</c> or <c>equivalent</c>.</param>
/// <param name="Type">The exception's type name, e.g. <c>InvalidOperationException</c>.</param>
public sealed record InternalError(
    [property: JsonPropertyName("site")] string Site,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("message")] string Message)
{
    public static InternalError Of(string site, Exception exception) => new(site, exception.GetType().Name, exception.Message);
}
