using System.Globalization;
using System.Text.Json.Nodes;
using Evaluate.Core.Models;
using Microsoft.AspNetCore.Http;

namespace Evaluate.Adapters.Serving;

/// <summary>
/// Writes a result as server-sent events, as OpenAI's streaming API does: per choice a first chunk (the role), the
/// reasoning and the text in pieces, a last chunk with the finish reason; then, when asked
/// (<c>stream_options.include_usage</c>), a chunk with empty choices and the usage; then <c>data: [DONE]</c>.
/// The adapters here produce whole results, so pieces are cut from the finished text (at most 16 characters, never
/// inside a surrogate pair): clients see the same text as a non-streamed call.
/// </summary>
internal static class ServedStreamWriter
{
    private const int PieceLength = 16;

    public static async Task WriteAsync(HttpContext context, GenerationResult result, string modelName, bool chat, bool includeUsage)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var id = $"{(chat ? "chatcmpl" : "cmpl")}-{Guid.NewGuid():N}";
        var created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        async Task Send(JsonArray choices, JsonObject? usage = null)
        {
            var chunk = new JsonObject
            {
                ["id"] = id, ["object"] = chat ? "chat.completion.chunk" : "text_completion", ["created"] = created, ["model"] = modelName,
                ["choices"] = choices,
            };
            if (usage is not null) chunk["usage"] = usage;
            await context.Response.WriteAsync($"data: {chunk.ToJsonString()}\n\n", context.RequestAborted).ConfigureAwait(false);
        }

        foreach (var (completion, index) in result.Completions.Select((c, i) => (c, i)))
        {
            if (chat) await Send([Choice(index, new JsonObject { ["role"] = "assistant", ["content"] = "" }, chat)]).ConfigureAwait(false);
            foreach (var piece in Pieces(completion.Reasoning ?? ""))
                await Send([Choice(index, new JsonObject { ["reasoning_content"] = piece }, chat)]).ConfigureAwait(false);
            var pieces = Pieces(completion.Text).ToList();
            for (var p = 0; p < pieces.Count; p++)
            {
                var delta = chat ? new JsonObject { ["content"] = pieces[p] } : new JsonObject { ["text"] = pieces[p] };
                // Logprobs travel with the last piece: a client joins them in order either way.
                var logprobs = p == pieces.Count - 1 && completion.Logprobs is not null ? ServedResponseWriter.Logprobs(completion.Logprobs, chat) : null;
                await Send([Choice(index, delta, chat, logprobs)]).ConfigureAwait(false);
            }
            await Send([Choice(index, chat ? new JsonObject() : new JsonObject { ["text"] = "" }, chat, finish: completion.FinishReason ?? "stop")]).ConfigureAwait(false);
        }
        if (includeUsage) await Send([], ServedResponseWriter.Usage(result.Completions)).ConfigureAwait(false);
        await context.Response.WriteAsync("data: [DONE]\n\n", context.RequestAborted).ConfigureAwait(false);
    }

    private static JsonObject Choice(int index, JsonObject delta, bool chat, JsonObject? logprobs = null, string? finish = null)
    {
        var choice = new JsonObject { ["index"] = index };
        if (chat) choice["delta"] = delta;
        else foreach (var (key, value) in delta.ToList()) choice[key] = value?.DeepClone();
        choice["logprobs"] = logprobs;
        choice["finish_reason"] = finish;
        return choice;
    }

    private static IEnumerable<string> Pieces(string text)
    {
        var info = StringInfo.GetTextElementEnumerator(text);
        var piece = new System.Text.StringBuilder();
        while (info.MoveNext())
        {
            piece.Append(info.GetTextElement());
            if (piece.Length < PieceLength) continue;
            yield return piece.ToString();
            piece.Clear();
        }
        if (piece.Length > 0) yield return piece.ToString();
    }
}
