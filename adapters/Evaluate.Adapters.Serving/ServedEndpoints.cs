using System.Text.Json.Nodes;
using Evaluate.Core.Models;
using Microsoft.AspNetCore.Http;

namespace Evaluate.Adapters.Serving;

/// <summary>The HTTP handlers of the served API: parse, call the model, answer in OpenAI shape or with an OpenAI error body.</summary>
internal sealed class ServedEndpoints(IModelAdapter model, string modelName)
{
    public Task ChatAsync(HttpContext context) =>
        GenerateAsync(context, ServedRequestReader.FromChat, result => ServedResponseWriter.Chat(result, modelName));

    public Task CompletionsAsync(HttpContext context) =>
        GenerateAsync(context, ServedRequestReader.FromCompletions, result => ServedResponseWriter.Completions(result, modelName));

    public Task ModelsAsync(HttpContext context) => WriteJsonAsync(context, StatusCodes.Status200OK, ServedResponseWriter.Models(modelName));

    private async Task GenerateAsync(HttpContext context, Func<JsonObject, GenerationRequest> read, Func<GenerationResult, JsonObject> write)
    {
        GenerationRequest request;
        try
        {
            using var reader = new StreamReader(context.Request.Body);
            var text = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
            request = read(ServedRequestReader.ParseBody(text));
        }
        catch (InvalidServedRequestException e)
        {
            await WriteJsonAsync(context, StatusCodes.Status400BadRequest, OpenAiErrorBody.Create(e.Message, "invalid_request_error", 400)).ConfigureAwait(false);
            return;
        }

        if (request.AssistantPrefix is not null && !model.SupportsContinuation)
        {
            await WriteJsonAsync(context, StatusCodes.Status400BadRequest,
                OpenAiErrorBody.Create("This model cannot continue a partial assistant message.", "invalid_request_error", 400)).ConfigureAwait(false);
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
            await WriteJsonAsync(context, StatusCodes.Status500InternalServerError, OpenAiErrorBody.Create(e.Message, "server_error", 500)).ConfigureAwait(false);
            return;
        }
        await WriteJsonAsync(context, StatusCodes.Status200OK, write(result)).ConfigureAwait(false);
    }

    private static async Task WriteJsonAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
    }
}
