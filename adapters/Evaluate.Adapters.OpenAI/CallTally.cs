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

    public void Attempt(bool isRetry)
    {
        Attempts++;
        if (isRetry) Retries++;
    }

    public void Answer() => Answered++;
}
