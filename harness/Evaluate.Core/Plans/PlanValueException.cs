namespace Evaluate.Core.Plans;

/// <summary>A plan value its key's type cannot read; the reader adds where it came from (file and line, or flag).</summary>
public sealed class PlanValueException(string problem) : Exception(problem);
