using System.Text;
using System.Text.Json.Nodes;

namespace Evaluate.Adapters.OpenAI;

/// <summary>Reads the choices of a chat or completions response, separating reasoning from the answer.</summary>
internal static class OpenAiResponseParser
{
    /// <param name="startsInsideThink">The request continued a prefix with an open &lt;think&gt;.</param>
    public static IReadOnlyList<ParsedChoice> ParseChoices(JsonObject response, bool startsInsideThink)
    {
        if (response["choices"] is not JsonArray choices) return [];
        var ordered = choices
            .Select((choice, position) => (Choice: choice as JsonObject, Index: (choice as JsonObject)?["index"].AsInt() ?? position))
            .Where(c => c.Choice is not null)
            .OrderBy(c => c.Index);
        return ordered.Select(c => ParseChoice(c.Choice!, startsInsideThink)).ToList();
    }

    private static ParsedChoice ParseChoice(JsonObject choice, bool startsInsideThink)
    {
        // Chat puts text into message; completions into text. Reasoning servers add reasoning_content, newer vLLM reasoning.
        var holder = choice["message"] as JsonObject ?? choice;
        var content = ReadContent(holder["content"]) ?? choice["text"].AsString() ?? "";
        var reasoning = holder["reasoning_content"].AsString() ?? holder["reasoning"].AsString();

        // An empty reasoning field (parser enabled but the model thought inline) does not stop us looking for <think>.
        string text;
        if (!string.IsNullOrEmpty(reasoning)) text = content;
        else (text, reasoning) = ThinkTagSplitter.Split(content, startsInsideThink);

        return new ParsedChoice(text, reasoning, choice["finish_reason"].AsText(), LogprobParser.Parse(choice["logprobs"]));
    }

    /// <summary>Content is a string, null (only reasoning was produced), or an array of typed parts.</summary>
    private static string? ReadContent(JsonNode? content)
    {
        if (content is JsonArray parts)
        {
            var text = new StringBuilder();
            foreach (var part in parts) text.Append(part?["text"].AsString() ?? part.AsString());
            return text.ToString();
        }
        return content.AsString();
    }
}
