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
/// Game of 24 under the Tree-of-Thoughts protocol: the 1362 solvable puzzles over 1..13, test split = ranks 900-999 of
/// an order. The default order is the project's enumeration (<see cref="Game24PuzzleSet"/>), the same whether or not
/// 24.csv is present, so two runs of `game24` always pose the same puzzles; <c>order=file</c> reads 24.csv and cuts its
/// order (a measured solve-rate ranking that cannot be recomputed: the paper's test split), and refuses to run without
/// the file. Ids are the puzzles. Difficulty is the rank normalised to [0, 1]; levels are rank quintiles "1".."5".
/// </summary>
public sealed class Game24Suite(DataDirectory? data, string promptStyle = "cot", string order = Game24Suite.EnumeratedOrder)
    : ISuite, IThoughtHooksProvider, IStepFormat, IStepVerifier
{
    // Search hooks (Tree of Thoughts, step-level beam/MCTS, process rewards) live in the Game24Thoughts* files.
    public IThoughtHooks ThoughtHooks => Game24Thoughts.Instance;
    public string StepBoundary => Game24ThoughtsStepFormat.Instance.StepBoundary;
    public string Preamble => Game24ThoughtsStepFormat.Instance.Preamble;
    public bool IsFinal(string step) => Game24ThoughtsStepFormat.Instance.IsFinal(step);
    public bool OnTrack(Problem problem, IReadOnlyList<string> steps) => Game24ThoughtsVerifier.Instance.OnTrack(problem, steps);

    public const string RelativePath = "game24/24.csv";
    public const string EnumeratedOrder = "enumerated", FileOrder = "file";
    private const int TestStart = 900, TestEnd = 1000;
    private IReadOnlyList<DatasetFileInfo> _files = [];

    public string Name => "game24";
    public AnswerForm? AnswerForm => Core.Suites.AnswerForm.Arithmetic;
    public string Version => "1";
    public string Description => "Game of 24 (Tree of Thoughts protocol; exact rational checker)";
    public string PromptStyle { get; } = promptStyle is "io" or "cot"
        ? promptStyle
        : throw new ArgumentException($"game24: prompt must be 'io' or 'cot', got '{promptStyle}'");
    public string Order { get; } = order is EnumeratedOrder or FileOrder
        ? order
        : throw new ArgumentException($"game24: order must be '{EnumeratedOrder}' or '{FileOrder}', got '{order}'");
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
        if (Order == FileOrder && (path is null || !File.Exists(path)))
            throw new MissingDataException($"{path ?? RelativePath}: missing; game24:order=file cuts 24.csv's order: run 'evaluate datasets fetch --suite game24' or give --data DIR (the default order needs no file)");
        if (Order == EnumeratedOrder || path is null)
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
