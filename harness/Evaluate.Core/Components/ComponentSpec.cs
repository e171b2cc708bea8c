
namespace Evaluate.Core.Components;

/// <summary>
/// A component named on the command line or in a plan, e.g. <c>sim:skill=0.7,overthink=0.5</c>:
/// a name, then optional comma-separated key=value parameters. Recorded in results so a run can be reproduced.
/// </summary>
public sealed record ComponentSpec(string Name, IReadOnlyDictionary<string, string> Parameters)
{
    public static ComponentSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':');
        var name = (colon < 0 ? text : text[..colon]).Trim();
        if (name.Length == 0) throw new UsageException($"component '{text}' has no name");
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (colon >= 0)
        {
            foreach (var part in text[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var eq = part.IndexOf('=');
                if (eq <= 0) throw new UsageException($"component '{text}': parameter '{part}' is not key=value");
                parameters[part[..eq].Trim()] = part[(eq + 1)..].Trim();
            }
        }
        return new ComponentSpec(name, parameters);
    }

    public string? Get(string key) => Parameters.TryGetValue(key, out var v) ? v : null;

    /// <summary>Fails on parameters the component does not know, with a "did you mean" hint.</summary>
    public void RequireKnown(params string[] known) => RequireKnown("component", known);

    /// <param name="kind">What the message calls the component: "strategy", "model adapter"…</param>
    public void RequireKnown(string kind, IReadOnlyCollection<string> known)
    {
        foreach (var key in Parameters.Keys)
        {
            if (known.Contains(key)) continue;
            var hint = DidYouMean.Suggest(key, known);
            throw new UsageException($"{kind} '{Name}' has no parameter '{key}'{hint}; known: {(known.Count == 0 ? "none" : string.Join(", ", known))}");
        }
    }

    public override string ToString() =>
        Parameters.Count == 0 ? Name : $"{Name}:{string.Join(",", Parameters.Select(p => $"{p.Key}={p.Value}"))}";
}
