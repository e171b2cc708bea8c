using System.Text.Json.Nodes;
using Evaluate.Core.Models;

namespace Evaluate.Adapters.OpenAI;

/// <summary>Reads token logprobs in both wire shapes: chat (<c>logprobs.content[]</c>) and legacy completions (parallel arrays).</summary>
internal static class LogprobParser
{
    public static IReadOnlyList<TokenLogprob>? Parse(JsonNode? logprobs)
    {
        if (logprobs is not JsonObject obj) return null;
        if (obj["content"] is JsonArray content) return ParseChat(content);
        if (obj["tokens"] is JsonArray tokens) return ParseCompletions(tokens, obj["token_logprobs"] as JsonArray, obj["top_logprobs"] as JsonArray);
        return null;
    }

    private static List<TokenLogprob> ParseChat(JsonArray content)
    {
        var result = new List<TokenLogprob>(content.Count);
        foreach (var entry in content)
        {
            var alternatives = new List<(string, double)>();
            if (entry?["top_logprobs"] is JsonArray top)
                foreach (var alternative in top)
                    alternatives.Add((alternative?["token"].AsString() ?? "", alternative?["logprob"].AsDouble() ?? 0));
            result.Add(new TokenLogprob(entry?["token"].AsString() ?? "", entry?["logprob"].AsDouble() ?? 0, alternatives));
        }
        return result;
    }

    private static List<TokenLogprob> ParseCompletions(JsonArray tokens, JsonArray? tokenLogprobs, JsonArray? topLogprobs)
    {
        var result = new List<TokenLogprob>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var alternatives = new List<(string, double)>();
            if (topLogprobs is not null && i < topLogprobs.Count && topLogprobs[i] is JsonObject top)
                foreach (var (token, logprob) in top)
                    alternatives.Add((token, logprob.AsDouble() ?? 0));
            // The legacy API reports null for a token without a probability (an echoed first prompt token); 0 keeps results JSON-safe.
            var value = tokenLogprobs is not null && i < tokenLogprobs.Count ? tokenLogprobs[i].AsDouble() ?? 0 : 0;
            result.Add(new TokenLogprob(tokens[i].AsString() ?? "", value, alternatives));
        }
        return result;
    }
}
