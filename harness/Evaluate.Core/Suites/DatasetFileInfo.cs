namespace Evaluate.Core.Suites;

/// <summary>A data file a suite read, recorded in results so a run names exactly the data it saw.</summary>
public sealed record DatasetFileInfo(string Suite, string File, string Sha256, int Rows);
