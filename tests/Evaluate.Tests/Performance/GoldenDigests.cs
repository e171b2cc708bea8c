namespace Evaluate.Tests.Performance;

/// <summary>SHA-256 of samples.jsonl, problems.jsonl and summary.json (and of the grade verdicts), recorded before issue 12's changes.</summary>
public static class GoldenDigests
{
    // Changed deliberately on 2026-12-05 (issue 20): with the shared data present, Game of 24's test split is now the
    // project's enumerated order, as without 24.csv (was: the file's order), so the main job's game24 cells pose other puzzles.
    public static readonly string[] MainJob =
    [
        "120cc342ebb09b843dcbfc5fe3df85f508fc2b7f6cd0c7727d20a3294535e2b7",
        "afb6607818f7e50631c4b8c52ff1f830e25fb3c03c844e593d5eb124dd8f68c1",
        "e1f5bcc8cd4696413f3c4182044472dd81ad87f8bc52898f6b3cdc76af94e69d",
    ];

    public static readonly string[] Gsm8kSim =
    [
        "db68b6f6d490ea35fb3ff50c3450bf8de61b3dd3ac146da6bccb0d0838cc5e45",
        "22f0244770db68c14961fe8d20c3b1621b279eabe40091a419b46893170e4b00",
        "00c5ff0b5e0bb236dc135085c09414eca59c6905341b0e0f7b16332fb434dcbf",
    ];

    public static readonly string[] Replay =
    [
        "36c96559e601b37e3ad99870462f92684cf6769b9f0c0200785baa87288d011a",
        "03bf892ec970571db2623df1f499081f8cdc78ff580762fcdf981c65046026ec",
        "0f18da79904cfa5817de4641a81946b9d342ee7d004acaec71494387a400aa92",
    ];

    public const string Grade = "3aa29ff82662a21f9b626ee58fe49bece47dc7bb379a1d88e7b0be9e60705e14";
}
