using System.Text.Json.Nodes;
using Evaluate.Core.Models;
using Microsoft.AspNetCore.Http;

namespace Evaluate.Adapters.Serving;

/// <summary>The HTTP handlers of the served API: parse, call the model, answer in OpenAI shape or with an OpenAI error body.</summary>
internal sealed class ServedEndpoints(IModelAdapter model, string modelName, long maxBodyBytes)
{
    public Task ChatAsync(HttpContext context) =>
        GenerateAsync(context, ServedRequestReader.FromChat, result => ServedResponseWriter.Chat(result, modelName), chat: true);

    public Task CompletionsAsync(HttpContext context) =>
        GenerateAsync(context, ServedRequestReader.FromCompletions, result => ServedResponseWriter.Completions(result, modelName), chat: false);

    public const string ChatRoute = "/v1/chat/completions";
    public const string CompletionsRoute = "/v1/completions";
    public const string ModelsRoute = "/v1/models";
    /// <summary>Catch-all, so ids with a slash (<c>Qwen/Qwen3-8B</c>) are one id.</summary>
    public const string ModelRoute = ModelsRoute + "/{**id}";

    /// <summary>Unknown routes and wrong methods answer in the OpenAI error shape, as clients expect.</summary>
    public static Task NotFoundAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        var known = path is ChatRoute or CompletionsRoute or ModelsRoute
            || (path is not null && path.StartsWith(ModelsRoute + "/", StringComparison.Ordinal));
        return known
            ? WriteJsonAsync(context, StatusCodes.Status405MethodNotAllowed,
                OpenAiErrorBody.Create($"Method {context.Request.Method} is not allowed on {context.Request.Path}.", "invalid_request_error", "method_not_allowed"))
            : WriteJsonAsync(context, StatusCodes.Status404NotFound,
                OpenAiErrorBody.Create($"No route {context.Request.Path}: this server has {ChatRoute}, {CompletionsRoute} and {ModelsRoute}.", "invalid_request_error", "not_found"));
    }

    public Task ModelsAsync(HttpContext context) => WriteJsonAsync(context, StatusCodes.Status200OK, ServedResponseWriter.Models(modelName));

    /// <summary><c>GET /v1/models/{id}</c>: clients (and the OpenAI SDKs' <c>models.retrieve</c>) check a model exists before using it.</summary>
    public Task ModelAsync(HttpContext context)
    {
        var id = context.Request.RouteValues["id"] as string;
        return id == modelName
            ? WriteJsonAsync(context, StatusCodes.Status200OK, ServedResponseWriter.Model(modelName))
            : WriteJsonAsync(context, StatusCodes.Status404NotFound,
                OpenAiErrorBody.Create($"The model '{id}' does not exist; this server serves '{modelName}'.", "invalid_request_error", "model_not_found"));
    }

    private async Task GenerateAsync(HttpContext context, Func<JsonObject, GenerationRequest> read, Func<GenerationResult, JsonObject> write, bool chat)
    {
        GenerationRequest request;
        JsonObject body;
        try
        {
            if (context.Request.ContentLength > maxBodyBytes) throw new BodyTooLargeException();
            using var reader = new StreamReader(context.Request.Body);
            var text = await ReadBoundedAsync(reader, context.RequestAborted).ConfigureAwait(false);
            body = ServedRequestReader.ParseBody(text);
            request = read(body);
        }
        catch (BodyTooLargeException)
        {
            await WriteJsonAsync(context, StatusCodes.Status413PayloadTooLarge,
                OpenAiErrorBody.Create($"The request body is larger than {maxBodyBytes} bytes (serve --max-body-bytes).", "invalid_request_error", "request_too_large")).ConfigureAwait(false);
            return;
        }
        catch (InvalidServedRequestException e)
        {
            await WriteJsonAsync(context, StatusCodes.Status400BadRequest, OpenAiErrorBody.Create(e.Message, "invalid_request_error", "invalid_request")).ConfigureAwait(false);
            return;
        }

        if (request.AssistantPrefix is not null && !model.SupportsContinuation)
        {
            await WriteJsonAsync(context, StatusCodes.Status400BadRequest,
                OpenAiErrorBody.Create("This model cannot continue a partial assistant message.", "invalid_request_error", "invalid_request")).ConfigureAwait(false);
            return;
        }

        GenerationResult result;
        try
        {
            result = await model.GenerateAsync(request, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // The client went away; nobody is left to answer.
        }
        catch (Exception e)
        {
            // Only the message: stack traces and inner exceptions stay on this side.
            await WriteJsonAsync(context, StatusCodes.Status500InternalServerError, OpenAiErrorBody.Create(e.Message, "server_error", "server_error")).ConfigureAwait(false);
            return;
        }
        if (request.TopLogprobs is not null && result.Completions.Any(c => c.Logprobs is null))
        {
            // Asked for logprobs this model does not give: say so rather than answer without them.
            await WriteJsonAsync(context, StatusCodes.Status400BadRequest,
                OpenAiErrorBody.Create($"This model ({model.Descriptor.Name}) does not return logprobs.", "invalid_request_error", "invalid_request")).ConfigureAwait(false);
            return;
        }
        if (body["stream"] is JsonValue stream && stream.TryGetValue<bool>(out var streamed) && streamed)
        {
            var includeUsage = body["stream_options"]?["include_usage"] is JsonValue usage && usage.TryGetValue<bool>(out var include) && include;
            await ServedStreamWriter.WriteAsync(context, result, modelName, chat, includeUsage).ConfigureAwait(false);
            return;
        }
        await WriteJsonAsync(context, StatusCodes.Status200OK, write(result)).ConfigureAwait(false);
    }

    /// <summary>Reads at most <c>maxBodyBytes</c> characters (a body sent without a length, chunked, is bounded too).</summary>
    private async Task<string> ReadBoundedAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var text = new System.Text.StringBuilder();
        var buffer = new char[1 << 16];
        int read;
        while ((read = await reader.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > maxBodyBytes) throw new BodyTooLargeException();
        }
        return text.ToString();
    }

    private sealed class BodyTooLargeException : Exception;

    private static async Task WriteJsonAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
    }
}
