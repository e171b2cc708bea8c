namespace Evaluate.Adapters.Serving;

/// <summary>A request to the served API is malformed; answered with HTTP 400 and this message.</summary>
internal sealed class InvalidServedRequestException(string message) : Exception(message);
