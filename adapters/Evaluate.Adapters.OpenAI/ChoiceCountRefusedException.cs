namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// A request for several choices failed in a way a single-choice request may not: llama.cpp's HTTP 500 "Only one
/// completion choice is allowed" (<see cref="Certain"/>), or any other 4xx/5xx. Internal signal for the adapter to try
/// one single-choice request and, when that succeeds, fall back to single-choice calls; never escapes the adapter.
/// </summary>
internal sealed class ChoiceCountRefusedException(string message, bool certain) : Exception(message)
{
    /// <summary>The server said so in words: no need to check with a single-choice request.</summary>
    public bool Certain { get; } = certain;
}
