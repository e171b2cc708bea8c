namespace Evaluate.Core.Grading.Judging;

/// <summary>
/// The judge's prompt, in the manner of Omni-Judge: the problem, the reference answer and the final part of the
/// response (after any <c>&lt;/think&gt;</c>, at most <see cref="MaxTail"/> characters), and a strict reply format that
/// <see cref="JudgeVerdictParser"/> reads: the last non-empty line is exactly <c>VERDICT: CORRECT</c> or
/// <c>VERDICT: INCORRECT</c>. The judge is asked about equivalence to the reference only, never about the reasoning.
/// </summary>
public static class JudgePrompt
{
    /// <summary>The first line of every judge prompt (the simulated model recognises judge prompts by it).</summary>
    public const string Marker = "You are grading the final answer of a response to a math problem against a reference answer.";

    /// <summary>How much of the response's end the judge reads: the final answer is there, and long thinking is not its business.</summary>
    public const int MaxTail = 3000;

    /// <summary>Problems and references longer than this are cut (a judge prompt stays bounded whatever the data holds).</summary>
    public const int MaxField = 6000;

    public const string ProblemHeader = "## Problem";
    public const string ReferenceHeader = "## Reference answer";
    public const string ResponseHeader = "## Final part of the response";
    public const string InstructionsHeader = "## Your task";

    public static string Render(string problem, string reference, string response) =>
        $"""
        {Marker}

        {ProblemHeader}
        {Bound(problem)}

        {ReferenceHeader}
        {Bound(reference)}

        {ResponseHeader}
        {Tail(response)}

        {InstructionsHeader}
        Decide whether the final answer stated in the response is mathematically equivalent to the reference answer
        (the same value, set, interval or expression, in any notation). Judge only the final answer, not the reasoning.
        A response that states no final answer, or several different final answers, is INCORRECT.
        You may explain briefly first. End your reply with exactly one line, the last one, that reads
        VERDICT: CORRECT
        or
        VERDICT: INCORRECT
        """;

    /// <summary>The part of a response the judge reads: after the last <c>&lt;/think&gt;</c>, its last <see cref="MaxTail"/> characters.</summary>
    public static string Tail(string response)
    {
        var close = response.LastIndexOf("</think>", StringComparison.Ordinal);
        var answer = close >= 0 ? response[(close + "</think>".Length)..] : response;
        answer = answer.Trim();
        return answer.Length <= MaxTail ? answer : "…" + answer[^MaxTail..];
    }

    /// <summary>The reference answer and response tail of a prompt <see cref="Render"/> wrote, or null for any other text.</summary>
    public static (string Reference, string Response)? Read(string prompt)
    {
        if (!prompt.StartsWith(Marker, StringComparison.Ordinal)) return null;
        var reference = prompt.IndexOf("\n" + ReferenceHeader + "\n", StringComparison.Ordinal);
        var response = prompt.IndexOf("\n" + ResponseHeader + "\n", StringComparison.Ordinal);
        var task = prompt.LastIndexOf("\n" + InstructionsHeader + "\n", StringComparison.Ordinal);
        if (reference < 0 || response < reference || task < response) return null;
        var referenceStart = reference + ReferenceHeader.Length + 2;
        var responseStart = response + ResponseHeader.Length + 2;
        return (prompt[referenceStart..response].Trim(), prompt[responseStart..task].Trim());
    }

    private static string Bound(string text)
    {
        text = text.Trim();
        return text.Length <= MaxField ? text : text[..MaxField] + "…";
    }
}
