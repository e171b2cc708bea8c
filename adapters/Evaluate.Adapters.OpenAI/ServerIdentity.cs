namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// How a server is named in messages, and the guard that keeps the API key out of them
/// (some servers echo the key back, e.g. "Incorrect API key provided: sk-…").
/// </summary>
internal sealed class ServerIdentity(Uri baseUrl, string? apiKey)
{
    /// <summary>Base URL without user info or query values: credentials in a URL must not reach descriptors or logs.</summary>
    public string SafeBaseUrl { get; } = Evaluate.Core.Models.EndpointUrl.Safe(baseUrl.ToString()).TrimEnd('/');

    public string Host { get; } = baseUrl.IsDefaultPort ? baseUrl.Host : $"{baseUrl.Host}:{baseUrl.Port}";

    public string Description => $"OpenAI-compatible server at {Host}";

    /// <summary>The text without the key: in any letter case, whole or in pieces (<see cref="SecretRedactor"/>).</summary>
    public string Redact(string text) => SecretRedactor.Redact(text, apiKey);
}
