using Evaluate.Core.Files;
using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;

namespace Evaluate.Suites.Data;

/// <summary>
/// Base of the suites whose problems are the rows of one JSONL file: finding the file in the data directory, recording
/// its SHA-256 and applying the selection live here; a suite says how a row becomes a problem and how to prompt for it.
/// </summary>
public abstract class JsonlSuite(DataDirectory data, string relativePath) : ISuite, IRequiresData
{
    private IReadOnlyList<DatasetFileInfo> _files = [];

    public abstract string Name { get; }
    public abstract string Version { get; }
    public abstract string Description { get; }
    public abstract IAnswerChecker Checker { get; }
    public IReadOnlyList<DatasetFileInfo> DataFiles => _files;
    public IReadOnlyList<string> RequiredData => [relativePath];
    public virtual AnswerForm? AnswerForm => null;

    public IReadOnlyList<Problem> Load(ProblemSelection selection)
    {
        SelectionFilter.RequireSingleSplit(Name, selection.Split);
        var path = data.File(relativePath);
        if (!File.Exists(path))
            throw new MissingDataException(
                $"suite '{Name}': data file {path} not found ({data.Origin}): run 'evaluate datasets fetch --data {data.Path}', or point --data (or EVALUATE_DATA) at a folder holding {relativePath}");
        var problems = JsonlRows.Read(path).Select(ToProblem).ToList();
        _files = [new DatasetFileInfo(Name, relativePath, FileHash.Sha256(path), problems.Count)];
        return SelectionFilter.Apply(problems, selection);
    }

    public abstract IReadOnlyList<ChatMessage> RenderPrompt(Problem problem);

    /// <summary>Maps one row; errors name the row's file, line and field (<see cref="DatasetFormatException"/>).</summary>
    protected abstract Problem ToProblem(JsonRow row);
}
