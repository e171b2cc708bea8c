using System.Text.Json.Serialization;

namespace Evaluate.Core.Analysis;

/// <summary>Which rule recognised an explicit answer statement. Lower values win when statements overlap.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AnswerRule>))]
public enum AnswerRule
{
    /// <summary><c>\boxed{…}</c> (or <c>\fbox{…}</c>), braces nested.</summary>
    Boxed = 0,
    /// <summary>GSM8K style <c>#### N</c> at the start of a line.</summary>
    Hashes = 1,
    /// <summary>"the answer is …", "final answer: …", "Answer: expr = 24".</summary>
    AnswerPhrase = 2,
    /// <summary>A concluding sentence that ends in "= N" ("So 2 + 3 = 5.").</summary>
    ConcludingEquation = 3,
}
