namespace Evaluate.Core.Traces.Export;

/// <summary>
/// One line of a linearised trace, format-free. Which fields mean something depends on <see cref="Kind"/>: ids for
/// node events, <see cref="Parent"/> and <see cref="Depth"/> for introductions, <see cref="Text"/> for the problem, a
/// step (empty: none) or an answer (null: none), <see cref="Correct"/> for answers.
/// </summary>
public sealed record TraceEvent(
    TraceEventKind Kind,
    int Id = 0,
    int? Parent = null,
    int Depth = 0,
    int Count = 0,
    double Value = 0,
    bool? Correct = null,
    string? Text = null);
