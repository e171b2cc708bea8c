using Evaluate.Core.Models;

namespace Evaluate.Core.Components;

/// <summary>
/// Declares that a model registration answers from records (<see cref="IRecordedAnswers"/>): how a spec naming it is
/// written in short (<c>NAME:FILE</c>), how its records are opened, and which strategy replays them as they are.
/// </summary>
/// <param name="Model">The model registration this declaration belongs to.</param>
/// <param name="Strategy">The strategy registration that replays the records unchanged.</param>
/// <param name="Shorthand">The spec for a shorthand text (a file path is not key=value), or null when the text is not one.</param>
/// <param name="SpecFor">The model spec that reads the given file.</param>
public sealed record RecordedAnswersRegistration(
    string Model,
    string Strategy,
    Func<string, ComponentSpec?> Shorthand,
    Func<string, string> SpecFor,
    Func<ComponentSpec, IRecordedAnswers> Open);
