namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// A request for several choices failed with a 5xx while another call is checking whether the endpoint refuses n &gt; 1:
/// this call stops retrying and waits for that decision (<see cref="ChoiceCountDecision"/>). Internal signal; it never
/// escapes the adapter, and it is not itself a refusal (a flaky 5xx must not make this call check n &gt; 1 on its own).
/// </summary>
internal sealed class ChoiceDecisionPendingException(string message) : Exception(message);
