using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Data;
using Evaluate.Suites.Math500;

namespace Evaluate.Suites.Competitions;

/// <summary>
/// A suite made of MathArena competition folders (<see cref="MathArenaFolder"/>): <c>aime25</c> (AIME 2025 I and II,
/// 30 problems, integer answers) and <c>hmmt-feb-2025</c> (30 problems, LaTeX answers). Its date is the earliest of
/// its folders' competition days: from then on part of it was public, which is what "possibly contaminated" asks.
/// </summary>
public sealed class MathArenaSuite(DataDirectory data, string name, string description, IReadOnlyList<MathArenaFolder> folders,
    IAnswerChecker checker, Func<int, double> difficulty) : ISuite, IRequiresData, IDatedSuite
{
    private IReadOnlyList<DatasetFileInfo> _files = [];

    public static MathArenaSuite Aime25(DataDirectory data) => new(data, "aime25", "AIME 2025 I (held 2025-02-06) and II (2025-02-12) (MathArena; integer answers 0-999)",
        [MathArenaFolders.Aime2025I, MathArenaFolders.Aime2025II], new AimeAnswerChecker(), AimeDifficulty.OfProblem);

    public static MathArenaSuite HmmtFeb2025(DataDirectory data) => new(data, "hmmt-feb-2025", "HMMT February 2025 (MathArena; LaTeX answers)",
        [MathArenaFolders.HmmtFeb2025], new Grading.MathAnswerChecker(), _ => 0.95);

    public string Name => name;
    public string Version => "1";
    public string Description => description;
    public IAnswerChecker Checker => checker;
    public IReadOnlyList<DatasetFileInfo> DataFiles => _files;
    public IReadOnlyList<string> RequiredData => [.. folders.Select(f => f.AnswersFile)];
    public SuiteDate Date => folders.Select(f => f.Date).MinBy(d => d.Date.Earliest)!;

    public IReadOnlyList<Problem> Load(ProblemSelection selection)
    {
        SelectionFilter.RequireSingleSplit(Name, selection.Split);
        var files = new List<DatasetFileInfo>();
        var problems = new List<Problem>();
        foreach (var folder in folders)
        {
            if (!File.Exists(data.File(folder.AnswersFile)))
                throw new MissingDataException(
                    $"suite '{Name}': data file {data.File(folder.AnswersFile)} not found ({data.Origin}): run 'evaluate datasets fetch --suite {Name} --data {data.Path}', or point --data (or EVALUATE_DATA) at a folder holding {folder.RelativePath}/");
            problems.AddRange(folder.Load(data, Name, difficulty, files));
        }
        _files = files;
        return SelectionFilter.Apply(problems, selection);
    }

    public IReadOnlyList<ChatMessage> RenderPrompt(Problem problem) => MathPrompt.Render(problem);
}
