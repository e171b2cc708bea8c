using System.Text.Json;
using System.Text.Json.Nodes;

namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// Assembles a server-sent-event stream (<c>stream: true</c>) into the JSON a non-streamed call returns, so that one
/// parser reads both: content, reasoning and logprob pieces are joined per choice, the last finish reason and the
/// usage chunk are kept. A stream that ends before <c>data: [DONE]</c> lost its end on the way: a transient fault.
/// </summary>
internal static class StreamedResponse
{
    public static JsonObject Assemble(string events, bool chat, Func<string, Exception> malformed)
    {
        var choices = new SortedDictionary<int, Pieces>();
        JsonNode? usage = null;
        var done = false;
        foreach (var raw in events.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (!line.StartsWith("data:", StringComparison.Ordinal)) continue;
            var data = line[5..].Trim();
            if (data == "[DONE]")
            {
                done = true;
                break;
            }
            JsonObject chunk;
            try { chunk = JsonNode.Parse(data) as JsonObject ?? throw malformed("a stream chunk is not a JSON object"); }
            catch (JsonException) { throw malformed("a stream chunk is not JSON"); }
            if (chunk["error"] is not null) throw malformed($"the stream reported an error: {chunk["error"]?.ToJsonString()}");
            if (chunk["usage"] is JsonObject u) usage = u.DeepClone();
            if (chunk["choices"] is not JsonArray array) continue;
            foreach (var node in array.OfType<JsonObject>())
            {
                var index = node["index"].AsInt() ?? 0;
                if (!choices.TryGetValue(index, out var pieces)) choices[index] = pieces = new Pieces();
                var delta = node["delta"] as JsonObject ?? node;
                pieces.Content.Append(delta[chat ? "content" : "text"].AsString());
                pieces.Reasoning.Append(delta["reasoning_content"].AsString() ?? delta["reasoning"].AsString());
                if (node["finish_reason"].AsText() is { } finish) pieces.Finish = finish;
                if (node["logprobs"] is JsonObject logprobs) pieces.AddLogprobs(logprobs);
            }
        }
        if (!done) throw malformed("the stream ended before data: [DONE]");
        var assembled = new JsonArray();
        foreach (var (index, pieces) in choices) assembled.Add(pieces.ToChoice(index, chat));
        return new JsonObject { ["choices"] = assembled, ["usage"] = usage };
    }

    private sealed class Pieces
    {
        public System.Text.StringBuilder Content { get; } = new();
        public System.Text.StringBuilder Reasoning { get; } = new();
        public string? Finish { get; set; }
        private JsonArray? _chatLogprobs;
        private JsonObject? _completionLogprobs;

        public void AddLogprobs(JsonObject logprobs)
        {
            if (logprobs["content"] is JsonArray content)
            {
                _chatLogprobs ??= [];
                foreach (var item in content) _chatLogprobs.Add(item?.DeepClone());
                return;
            }
            _completionLogprobs ??= new JsonObject { ["tokens"] = new JsonArray(), ["token_logprobs"] = new JsonArray(), ["top_logprobs"] = new JsonArray() };
            foreach (var field in new[] { "tokens", "token_logprobs", "top_logprobs" })
                if (logprobs[field] is JsonArray values)
                    foreach (var value in values) ((JsonArray)_completionLogprobs[field]!).Add(value?.DeepClone());
        }

        public JsonObject ToChoice(int index, bool chat)
        {
            var reasoning = Reasoning.Length == 0 ? null : Reasoning.ToString();
            if (chat)
                return new JsonObject
                {
                    ["index"] = index,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = Content.ToString(), ["reasoning_content"] = reasoning },
                    ["logprobs"] = _chatLogprobs is null ? null : new JsonObject { ["content"] = _chatLogprobs },
                    ["finish_reason"] = Finish,
                };
            return new JsonObject
            {
                ["index"] = index, ["text"] = Content.ToString(), ["reasoning_content"] = reasoning, ["logprobs"] = _completionLogprobs, ["finish_reason"] = Finish,
            };
        }
    }
}
