using Evaluate.Core.Models;

namespace Evaluate.Core.Grading.Reasking;

/// <summary>
/// A run that re-asks answerless samples (<c>--reask</c>). <paramref name="Model"/> answers the re-asks when given
/// (<c>--reask-model</c>; replay needs one, its recorded responses cannot answer a new question); null: each cell's own
/// model, through the problem's metering.
/// </summary>
public sealed record ReaskSettings(IModelAdapter? Model = null);
