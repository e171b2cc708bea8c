namespace Evaluate.Core.Models;

/// <summary>
/// What a back end that continues an assistant prefix (<see cref="IModelAdapter.SupportsContinuation"/>) cannot continue
/// as raw text, found through <see cref="IModelAdapter.GetService"/>. A chat endpoint continues a final assistant
/// message only as far as the server's chat template lets it: templates of thinking models drop or re-wrap the
/// thinking of an assistant turn, so a thought left open inside <c>&lt;think&gt;</c> is not continued where it stopped.
/// An adapter without this capability continues any prefix verbatim.
/// </summary>
public interface IContinuationLimits
{
    /// <summary>Null when a prefix that leaves a <c>&lt;think&gt;</c> open is continued verbatim; otherwise why not, and what to use instead.</summary>
    string? CannotContinueThought { get; }
}
