namespace Evaluate.Core.Suites;

/// <summary>
/// The internal errors of one problem, in the order they happened (a strategy may ask the checker from several tasks,
/// hence the lock). The grader reads a mark before each sample to tell which of them that sample's grading caused.
/// </summary>
public sealed class InternalErrorLog
{
    /// <summary>Details kept per record: the count is exact, the details only need to name the bug.</summary>
    public const int MaxDetails = 3;

    private readonly Lock _gate = new();
    private readonly List<InternalError> _errors = [];

    public int Count { get { lock (_gate) return _errors.Count; } }

    public void Record(InternalError error)
    {
        lock (_gate) _errors.Add(error);
    }

    /// <summary>The errors recorded since <paramref name="mark"/> (an earlier <see cref="Count"/>).</summary>
    public IReadOnlyList<InternalError> Since(int mark)
    {
        lock (_gate) return mark >= _errors.Count ? [] : _errors[mark..];
    }

    /// <summary>The first <see cref="MaxDetails"/> of <paramref name="errors"/>, or null when there are none (the field is then left out).</summary>
    public static IReadOnlyList<InternalError>? Details(IReadOnlyList<InternalError> errors) =>
        errors.Count == 0 ? null : errors.Take(MaxDetails).ToList();
}
