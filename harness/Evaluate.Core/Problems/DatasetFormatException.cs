namespace Evaluate.Core.Problems;

/// <summary>Bad input data: names the file, the 1-based line and the field so the user can fix it.</summary>
public sealed class DatasetFormatException(string file, int line, string field, string message)
    : UsageException($"{file}:{line}: field '{field}': {message}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Field { get; } = field;
}
