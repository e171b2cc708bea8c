using System.Text.Json.Serialization;

namespace Evaluate.Core.Grading.Judging;

/// <summary>
/// A sample's judge call, as samples.jsonl records it (<c>"judge"</c>): whether it was an audit of a rule verdict, the
/// parsed verdict (null when there was none), the end of the raw reply and the error that left it without a verdict.
/// </summary>
public sealed record JudgeRecord
{
    /// <summary>An audit: the rules had decided, the judge was asked to measure agreement, and the rule verdict stays the score.</summary>
    [JsonPropertyName("audit"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public bool Audit { get; init; }
    /// <summary><c>correct</c>, <c>incorrect</c>, or null when the reply gave no verdict or the call failed.</summary>
    [JsonPropertyName("verdict")] public string? Verdict { get; init; }
    /// <summary>The last <see cref="JudgeVerdict.MaxRaw"/> characters of the reply (hostile text: escaped wherever shown).</summary>
    [JsonPropertyName("raw")] public string? Raw { get; init; }
    [JsonPropertyName("error"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Error { get; init; }
    /// <summary>What the rules said before the judge decided (their reason); null on audits, where the rules' reason stays.</summary>
    [JsonPropertyName("rule_reason"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? RuleReason { get; init; }

    /// <summary>The record's field in samples.jsonl and in `grade --judge` verdict lines.</summary>
    public const string Field = "judge";

    public const string CorrectText = "correct";
    public const string IncorrectText = "incorrect";

    public static string? VerdictText(bool? correct) => correct switch { true => CorrectText, false => IncorrectText, null => null };
}

/// <summary>Who decided a sample's score: <see cref="Rule"/> (the suite's checker) or <see cref="Judge"/>.</summary>
public static class VerdictSources
{
    public const string Rule = "rule";
    public const string Judge = JudgeRecord.Field;
}
