namespace Evaluate.Core.Components;

/// <summary>What values a component parameter takes; checked before the component is built.</summary>
public enum ParameterKind
{
    Number,
    WholeNumber,
    Text,
    Choice,
}
