using Evaluate.Core.Puzzles.Game24;
using Evaluate.Core.Suites;
using Evaluate.Suites.Data;
using Evaluate.Suites.Game24;

namespace Evaluate.Composition.Traces;

/// <summary>
/// The puzzles of the Game of 24 solver traces, with the suite's evaluation split held out by construction: test is
/// every puzzle `run --suite game24` evaluates (ranks 900-999 of the enumerated order, read from the suite itself),
/// and, when 24.csv is in the data directory, those of `game24:order=file` too (ranks 900-999 of the file: the
/// paper's split); train is every other solvable puzzle. Puzzles are compared by their multiset of numbers.
/// </summary>
public sealed record Game24TraceSplit(IReadOnlyList<string> Train, IReadOnlyList<string> Test, IReadOnlyList<string> HeldOutOrders)
{
    public const string TrainName = "train", TestName = "test";

    public static Game24TraceSplit Create(DataDirectory data)
    {
        var test = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var orders = new List<string>();
        void HoldOut(string order)
        {
            orders.Add(order);
            foreach (var problem in new Game24Suite(data, order: order).Load(new ProblemSelection { Split = "test" }))
                if (keys.Add(Key(problem.Text))) test.Add(problem.Text);
        }
        HoldOut(Game24Suite.EnumeratedOrder);
        if (File.Exists(data.File(Game24Suite.RelativePath))) HoldOut(Game24Suite.FileOrder);
        var train = Game24PuzzleSet.All.Where(p => !keys.Contains(Key(p))).ToList();
        return new Game24TraceSplit(train, test, orders);
    }

    public IReadOnlyList<string> Puzzles(string split) => split switch
    {
        TrainName => Train,
        TestName => Test,
        _ => throw new Core.UsageException($"--split: unknown split '{split}' (known: {TrainName}, {TestName})"),
    };

    /// <summary>A puzzle's numbers as a sorted multiset: two orders write the same puzzle alike.</summary>
    public static string Key(string puzzle) => Game24PuzzleSet.Format(Game24Puzzle.Numbers(puzzle));
}
