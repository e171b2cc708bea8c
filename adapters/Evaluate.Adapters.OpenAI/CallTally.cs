namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// Counts the requests of one generation: answered calls (what compute figures count), every attempt (refused and
/// retried ones included) and the retries among them.
/// </summary>
internal sealed class CallTally
{
    public int Answered { get; private set; }
    public int Attempts { get; private set; }
    public int Retries { get; private set; }

    private bool _repeating;

    public void Attempt(bool isRetry)
    {
        Attempts++;
        if (isRetry || _repeating) Retries++;
        _repeating = false;
    }

    /// <summary>The next request repeats one that failed (an n-choice request sent again after another call's check).</summary>
    public void Repeating() => _repeating = true;

    public void Answer() => Answered++;
}
