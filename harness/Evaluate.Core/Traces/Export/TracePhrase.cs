namespace Evaluate.Core.Traces.Export;

/// <summary>
/// The names of the phrases a line format must define: one per event kind and variant (root or child, with or without
/// a step; an answer present or not, correct, wrong or unchecked). Placeholders: {id} {parent} {depth} {count} {value}
/// and {text}, which must come last.
/// </summary>
public static class TracePhrase
{
    public const string Problem = "problem";
    public const string Revisit = "revisit", Backtrack = "backtrack", VisitCount = "visit-count", Value = "value";
    public const string Expand = "expand", Prune = "prune", Terminal = "terminal", Goal = "goal", NoGoal = "no-goal";

    /// <summary>Every phrase name a format must define.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Problem,
        .. new[] { TraceEventKind.Visit, TraceEventKind.Generated }
            .SelectMany(kind => new[] { true, false }.SelectMany(root => new[] { true, false }.Select(step => Introduction(kind, root, step)))),
        Revisit, Backtrack, VisitCount, Value, Expand, Prune, Terminal,
        .. new[] { TraceEventKind.Answer, TraceEventKind.Final }
            .SelectMany(kind => new[] { true, false }.SelectMany(text => new bool?[] { true, false, null }.Select(correct => Verdict(kind, text, correct)))),
        Goal, NoGoal,
    ];

    public static string Introduction(TraceEventKind kind, bool root, bool step) =>
        $"{(kind == TraceEventKind.Visit ? "visit" : "generated")}-{(root ? "root" : "child")}{(step ? "-step" : "")}";

    public static string Verdict(TraceEventKind kind, bool text, bool? correct) =>
        $"{(kind == TraceEventKind.Answer ? "answer" : "final")}{(text ? "" : "-none")}-{correct switch { true => "correct", false => "wrong", null => "unchecked" }}";

    /// <summary>The phrase that writes <paramref name="e"/>.</summary>
    public static string Of(TraceEvent e) => e.Kind switch
    {
        TraceEventKind.Problem => Problem,
        TraceEventKind.Visit or TraceEventKind.Generated => Introduction(e.Kind, e.Parent is null, !string.IsNullOrEmpty(e.Text)),
        TraceEventKind.Revisit => Revisit,
        TraceEventKind.Backtrack => Backtrack,
        TraceEventKind.VisitCount => VisitCount,
        TraceEventKind.Value => Value,
        TraceEventKind.Expand => Expand,
        TraceEventKind.Prune => Prune,
        TraceEventKind.Terminal => Terminal,
        TraceEventKind.Answer or TraceEventKind.Final => Verdict(e.Kind, e.Text is not null, e.Correct),
        TraceEventKind.Goal => Goal,
        TraceEventKind.NoGoal => NoGoal,
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.Kind, "no phrase"),
    };

    /// <summary>The event a phrase's name stands for, before its placeholders are filled.</summary>
    public static TraceEvent Shape(string phrase)
    {
        foreach (var kind in new[] { TraceEventKind.Visit, TraceEventKind.Generated })
        foreach (var root in new[] { true, false })
        foreach (var step in new[] { true, false })
            if (phrase == Introduction(kind, root, step))
                return new TraceEvent(kind, Parent: root ? null : -1, Text: step ? null : "");
        foreach (var kind in new[] { TraceEventKind.Answer, TraceEventKind.Final })
        foreach (var text in new[] { true, false })
        foreach (var correct in new bool?[] { true, false, null })
            if (phrase == Verdict(kind, text, correct))
                return new TraceEvent(kind, Correct: correct, Text: text ? "" : null);
        return phrase switch
        {
            Problem => new TraceEvent(TraceEventKind.Problem),
            Revisit => new TraceEvent(TraceEventKind.Revisit),
            Backtrack => new TraceEvent(TraceEventKind.Backtrack),
            VisitCount => new TraceEvent(TraceEventKind.VisitCount),
            Value => new TraceEvent(TraceEventKind.Value),
            Expand => new TraceEvent(TraceEventKind.Expand),
            Prune => new TraceEvent(TraceEventKind.Prune),
            Terminal => new TraceEvent(TraceEventKind.Terminal),
            Goal => new TraceEvent(TraceEventKind.Goal),
            NoGoal => new TraceEvent(TraceEventKind.NoGoal),
            _ => throw new ArgumentException($"unknown phrase '{phrase}'", nameof(phrase)),
        };
    }
}
