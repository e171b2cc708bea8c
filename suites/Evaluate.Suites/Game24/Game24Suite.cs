using Evaluate.Core.Puzzles.Game24;
using Evaluate.Core.Files;
using System.Globalization;
using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Rewards;
using Evaluate.Core.Search;
using Evaluate.Core.Suites;
using Evaluate.Suites.Data;

namespace Evaluate.Suites.Game24;

/// <summary>
/// Game of 24 under the Tree-of-Thoughts protocol. Reads 24.csv when present (its order, test split = rows 900-999);
/// otherwise enumerates the 1362 solvable puzzles over 1..13 (see <see cref="Game24PuzzleSet"/>). Ids are the puzzles.
/// Difficulty is the rank normalised to [0, 1]; levels are rank quintiles "1".."5".
/// </summary>
public sealed class Game24Suite(DataDirectory? data, string promptStyle = "cot") : ISuite, IThoughtHooksProvider, IStepFormat, IStepVerifier
{
    // Search hooks (Tree of Thoughts, step-level beam/MCTS, process rewards) live in the Game24Thoughts* files.
    public IThoughtHooks ThoughtHooks => Game24Thoughts.Instance;
    public string StepBoundary => Game24ThoughtsStepFormat.Instance.StepBoundary;
    public string Preamble => Game24ThoughtsStepFormat.Instance.Preamble;
    public bool IsFinal(string step) => Game24ThoughtsStepFormat.Instance.IsFinal(step);
    public bool OnTrack(Problem problem, IReadOnlyList<string> steps) => Game24ThoughtsVerifier.Instance.OnTrack(problem, steps);

    public const string RelativePath = "game24/24.csv";
    private const int TestStart = 900, TestEnd = 1000;
    private IReadOnlyList<DatasetFileInfo> _files = [];

    public string Name => "game24";
    public AnswerForm? AnswerForm => Core.Suites.AnswerForm.Arithmetic;
    public string Version => "1";
    public string Description => "Game of 24 (Tree of Thoughts protocol; exact rational checker)";
    public string PromptStyle { get; } = promptStyle is "io" or "cot"
        ? promptStyle
        : throw new ArgumentException($"game24: prompt must be 'io' or 'cot', got '{promptStyle}'");
    public IReadOnlyList<DatasetFileInfo> DataFiles => _files;
    public IAnswerChecker Checker { get; } = new Game24AnswerChecker();

    public IReadOnlyList<Problem> Load(ProblemSelection selection)
    {
        var puzzles = ReadPuzzles();
        var range = selection.Split switch
        {
            null or "test" => (Start: TestStart, End: Math.Min(TestEnd, puzzles.Count)),
            "all" => (Start: 0, End: puzzles.Count),
            _ => throw new ArgumentException($"suite 'game24' has no split '{selection.Split}' (known: test, all)"),
        };
        var problems = new List<Problem>();
        for (var rank = range.Start; rank < range.End; rank++)
            problems.Add(new Problem(puzzles[rank], puzzles[rank], "24", MetaFor(rank, puzzles.Count)));
        return SelectionFilter.Apply(problems, selection);
    }

    public IReadOnlyList<ChatMessage> RenderPrompt(Problem problem) =>
        [ChatMessage.User(Game24Prompts.Render(PromptStyle == "io" ? Game24Prompts.Io : Game24Prompts.Cot, problem.Text))];

    /// <summary>Total number of puzzles available (1362 either way).</summary>
    public int CountAll() => ReadPuzzles().Count;

    private static ProblemMeta MetaFor(int rank, int count)
    {
        var level = Math.Min(5, rank * 5 / count + 1);
        return new ProblemMeta(level.ToString(CultureInfo.InvariantCulture), null, (double)rank / count, IsEasy: level == 1);
    }

    private IReadOnlyList<string> ReadPuzzles()
    {
        var path = data?.File(RelativePath);
        if (path is null || !File.Exists(path))
        {
            _files = [new DatasetFileInfo(Name, "(enumerated: solvable puzzles over 1..13)", "", Game24PuzzleSet.All.Count)];
            return Game24PuzzleSet.All;
        }
        var puzzles = new List<string>();
        using (var reader = Evaluate.Core.Files.TextFiles.OpenReader(path, RelativePath, "data file"))
        {
            var header = reader.ReadLine() ?? throw new DatasetFormatException(RelativePath, 1, "(header)", "file is empty");
            var columns = header.Split(',');
            var puzzleColumn = Array.IndexOf(columns, "Puzzles");
            if (puzzleColumn < 0) throw new DatasetFormatException(RelativePath, 1, "Puzzles", "header has no 'Puzzles' column");
            var lineNumber = 1;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                var cells = line.Split(',');
                if (cells.Length <= puzzleColumn) throw new DatasetFormatException(RelativePath, lineNumber, "Puzzles", "missing");
                var numbers = cells[puzzleColumn].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (numbers.Length != 4 || !numbers.All(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
                    throw new DatasetFormatException(RelativePath, lineNumber, "Puzzles", $"expected four whole numbers, got '{cells[puzzleColumn]}'");
                puzzles.Add(string.Join(' ', numbers));
            }
        }
        _files = [new DatasetFileInfo(Name, RelativePath, FileHash.Sha256(path), puzzles.Count)];
        return puzzles;
    }
}
