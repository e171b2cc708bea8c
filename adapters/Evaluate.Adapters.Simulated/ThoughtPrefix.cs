namespace Evaluate.Adapters.Simulated;

/// <summary>
/// Where a thought stands in an assistant prefix that opened <c>&lt;think&gt;</c>: how many times "Wait" was appended to
/// it (budget forcing), how far its last part got, and whether it was closed (then the answer is asked for). Read from
/// the text alone, so it works behind <c>serve</c> too, where a client may have trimmed the thought's whitespace.
/// </summary>
/// <param name="Waits">Times "Wait" was appended (the simulated thought never writes the word itself).</param>
/// <param name="LastPartLength">Characters of the part after the last "Wait" (of the thought when there is none), leading whitespace aside.</param>
/// <param name="Closed">The prefix closes the thought with <c>&lt;/think&gt;</c>.</param>
/// <param name="AsksFinalAnswer">What follows the closed thought ends with "Final Answer:" (the thought was cut at a budget).</param>
public sealed record ThoughtPrefix(int Waits, int LastPartLength, bool Closed, bool AsksFinalAnswer)
{
    public const string Open = "<think>";
    public const string Close = "</think>";
    public const string Wait = "Wait";

    /// <summary>The thought's state; null when the prefix opens no thought.</summary>
    public static ThoughtPrefix? Parse(string? prefix)
    {
        var open = prefix?.IndexOf(Open, StringComparison.Ordinal) ?? -1;
        if (open < 0) return null;
        var inside = prefix![(open + Open.Length)..];
        var close = inside.IndexOf(Close, StringComparison.Ordinal);
        var thought = close >= 0 ? inside[..close] : inside;
        var parts = thought.Split(Wait);
        var last = parts[^1].TrimStart();
        if (close >= 0) last = last.TrimEnd();
        var after = close >= 0 ? inside[(close + Close.Length)..].TrimEnd() : "";
        return new ThoughtPrefix(parts.Length - 1, last.Length, close >= 0, after.EndsWith("Final Answer:", StringComparison.Ordinal));
    }

    /// <summary>
    /// Output split as a reasoning parser splits it: what comes before <c>&lt;/think&gt;</c> is reasoning. A continuation of
    /// an open thought starts inside it and keeps its text verbatim (the caller appends it to the prefix); a fresh
    /// answer that opens <c>&lt;think&gt;</c> itself gives its thought trimmed, as servers do.
    /// </summary>
    public static (string Text, string? Reasoning) Split(string output, ThoughtPrefix? prefix)
    {
        if (prefix is { Closed: false })
        {
            var end = output.IndexOf(Close, StringComparison.Ordinal);
            return end < 0 ? ("", output) : (output[(end + Close.Length)..].TrimStart(), output[..end]);
        }
        if (prefix is not null || !output.StartsWith(Open, StringComparison.Ordinal)) return (output, null);
        var body = output[Open.Length..];
        var close = body.IndexOf(Close, StringComparison.Ordinal);
        return close < 0 ? ("", body.Trim()) : (body[(close + Close.Length)..].TrimStart(), body[..close].Trim());
    }
}
