using Evaluate.Core.Components;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;

namespace Evaluate.Core.Models;

/// <summary>
/// A model whose answers were recorded before the run (a replay file): it fixes which problems each suite poses (the
/// recorded ones) and provides the run's services that read the records (its model, its strategy's records). A run
/// asks for this capability; it never tests a model's name.
/// </summary>
public interface IRecordedAnswers
{
    /// <summary>The suite seen through the records: their problems, the suite's prompts and grading.</summary>
    ISuite Over(ISuite suite);

    /// <summary>The services the recorded model and its strategy read, once the suites' problems are loaded.</summary>
    ComponentServices Provide(ComponentServices services, IReadOnlyList<(ISuite Suite, IReadOnlyList<Problem> Problems)> suites, ITokenCounter tokens);
}
