using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Evaluate.Core.Running;

/// <summary>
/// The one JSON configuration for result files: compact lines for JSONL, indented for summaries. Text is escaped for
/// JSON only (LaTeX and "+" stay readable); anything that renders results as HTML must encode them itself.
/// </summary>
public static class ResultJson
{
    public static JsonSerializerOptions Lines { get; } = Create(indented: false);
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        WriteIndented = indented,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}
