using Evaluate.Suites.Grading;

namespace Evaluate.Suites.Custom;

/// <summary>A custom suite as its YAML file describes it (see suites/examples/ and docs/data.md).</summary>
/// <param name="DefinitionFile">The YAML file, as given (named in errors and results).</param>
/// <param name="SourcePath">The data file, resolved: relative to the YAML file's folder, else to the data directory.</param>
/// <param name="SourceName">The data file as the YAML names it (recorded in results; no machine-specific path).</param>
public sealed record CustomSuiteDefinition(
    string DefinitionFile,
    string Name,
    string Version,
    string Description,
    string SourcePath,
    string SourceName,
    FieldMapping Fields,
    PromptTemplate Prompt,
    string Grader,
    ExtractionMode? Extract,
    DifficultyMapping? Difficulty);
