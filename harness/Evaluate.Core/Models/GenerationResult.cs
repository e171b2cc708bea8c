namespace Evaluate.Core.Models;

/// <summary>
/// The completions of one request, in sample order. <see cref="Calls"/> counts the answered calls they took (what
/// compute figures and budgets count); <see cref="Attempts"/> every request sent, refused and retried ones included,
/// and <see cref="Retries"/> the requests that repeated a failed one. A network that misbehaves changes the last two,
/// never the first.
/// </summary>
public sealed record GenerationResult(IReadOnlyList<Completion> Completions, int Calls = 1)
{
    private readonly int _attempts;

    /// <summary>Requests sent; at least <see cref="Calls"/>.</summary>
    public int Attempts { get => Math.Max(_attempts, Calls); init => _attempts = value; }

    public int Retries { get; init; }

    /// <summary>Served from a response cache: no request reached the model.</summary>
    public bool FromCache { get; init; }
}
