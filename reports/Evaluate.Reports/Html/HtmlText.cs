using System.Text.Encodings.Web;

namespace Evaluate.Reports.Html;

/// <summary>
/// Every piece of text placed in the page — model names, run and file names, titles, metric values — goes through
/// here: HTML-encoded for element content and quoted attributes, so no input becomes markup.
/// </summary>
public static class HtmlText
{
    public static string Encode(string? text) => text is null ? "" : HtmlEncoder.Default.Encode(text);
}
