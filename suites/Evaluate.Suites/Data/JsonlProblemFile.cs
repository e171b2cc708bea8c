using Evaluate.Core.Problems;
using Evaluate.Core.Suites;

namespace Evaluate.Suites.Data;

/// <summary>
/// The loading every single-file JSONL suite shares: find the file in the data directory, map each row to a problem
/// (errors name file, line and field), record the file's SHA-256, then apply the selection.
/// </summary>
public static class JsonlProblemFile
{
    public static (IReadOnlyList<Problem> Selected, DatasetFileInfo File) Load(
        string suite, DataDirectory data, string relativePath, ProblemSelection selection, Func<JsonRow, Problem> toProblem)
    {
        SelectionFilter.RequireSingleSplit(suite, selection.Split);
        var path = data.File(relativePath);
        if (!File.Exists(path))
            throw new FileNotFoundException($"{suite}: {path} not found (set --data or EVALUATE_DATA, or run 'evaluate datasets fetch')", path);
        var problems = JsonlRows.Read(path).Select(toProblem).ToList();
        return (SelectionFilter.Apply(problems, selection), new DatasetFileInfo(suite, relativePath, FileHash.Sha256(path), problems.Count));
    }
}
