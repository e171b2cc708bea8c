namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// The server refused n &gt; 1 (llama.cpp: HTTP 500 "Only one completion choice is allowed").
/// Internal signal for the adapter to fall back to single-choice calls; never retried and never escapes the adapter.
/// </summary>
internal sealed class ChoiceCountRefusedException(string message) : Exception(message);
