namespace Evaluate.Core.Models;

/// <summary>
/// What of an endpoint URL may be written down: never its user info (<c>http://user:PASS@host</c>) and never the values
/// of its query string (some users put keys there). Results, logs and messages only ever hold <see cref="Safe"/>.
/// </summary>
public static class EndpointUrl
{
    private static readonly string[] SecretNames = ["key", "api_key", "api-key", "apikey", "token", "access_token", "secret", "password", "sig"];

    /// <summary>The URL without user info and with query values redacted; the text unchanged when it is not a URL.</summary>
    public static string Safe(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return url;
        var builder = new UriBuilder(uri) { UserName = "", Password = "" };
        if (builder.Query.Length > 1)
            builder.Query = string.Join("&", builder.Query.TrimStart('?').Split('&').Select(p => p.Split('=')[0] + "=[redacted]"));
        var text = builder.Uri.ToString();
        // Uri adds a slash to a bare host; keep the URL as the user wrote it otherwise.
        return !url.EndsWith('/') && text.EndsWith('/') ? text[..^1] : text;
    }

    /// <summary>True when the query string names what looks like a credential (worth a warning: use api_key_env).</summary>
    public static bool HasQuerySecret(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Query.TrimStart('?').Split('&')
            .Any(p => SecretNames.Contains(p.Split('=')[0].ToLowerInvariant(), StringComparer.Ordinal));
}
