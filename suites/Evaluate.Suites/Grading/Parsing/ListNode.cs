namespace Evaluate.Suites.Grading.Parsing;

/// <summary>A bare comma-separated answer "3, 5, 7"; <see cref="Braced"/> when it was written in TeX grouping braces "{3, 5}".</summary>
public sealed class ListNode(IReadOnlyList<MathNode> items, bool braced = false) : MathNode
{
    public IReadOnlyList<MathNode> Items { get; } = items;

    /// <summary>Written as "{1, 3}": grouping braces, which do not print, so the list may stand for a tuple (see AnswerComparer).</summary>
    public bool Braced { get; } = braced;
}
