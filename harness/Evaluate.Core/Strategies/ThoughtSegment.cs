using Evaluate.Core.Models;

namespace Evaluate.Core.Strategies;

/// <summary>
/// What one continuation of an open thought added to it, and whether the model ended its thinking there. Back ends
/// return a continuation in two shapes: split by a reasoning parser or think-tag splitter (the thought in
/// <see cref="Completion.Reasoning"/>, anything after <c>&lt;/think&gt;</c> in the text), or as raw text that stops at
/// the <c>&lt;/think&gt;</c> stop string (or writes past it when a back end ignores stop strings).
/// </summary>
/// <param name="Ended">The model closed the thought (or ended its output); false when the token limit cut it.</param>
public readonly record struct ThoughtSegment(string Text, bool Ended)
{
    public const string Close = "</think>";

    public static ThoughtSegment Of(Completion completion)
    {
        ArgumentNullException.ThrowIfNull(completion);
        if (completion.Reasoning is not null) return new(completion.Reasoning, !completion.Truncated || completion.Text.Length > 0);
        var close = completion.Text.IndexOf(Close, StringComparison.Ordinal);
        return close >= 0 ? new(completion.Text[..close], true) : new(completion.Text, !completion.Truncated);
    }
}
