namespace Evaluate.Tests.Performance;

/// <summary>SHA-256 of samples.jsonl, problems.jsonl and summary.json (and of the grade verdicts), recorded before issue 12's changes.</summary>
public static class GoldenDigests
{
    public static readonly string[] MainJob =
    [
        "67a16a0232486046cacc89a2bee7999e0db1b7b405d88ab513ac737b6d938994",
        "d7cc156ee151d58dddc7d5f07b691381fd2d267e7ba9afa4b56300609d7fa013",
        "a5000cec81fe6ec9a25c3c8f94f070baad3f579ff8e096a9c5b1c807383ef9f0",
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
