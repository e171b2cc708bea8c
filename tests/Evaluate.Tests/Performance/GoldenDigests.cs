namespace Evaluate.Tests.Performance;

/// <summary>SHA-256 of samples.jsonl, problems.jsonl and summary.json (and of the grade verdicts), recorded before issue 12's changes.</summary>
public static class GoldenDigests
{
    // Changed deliberately on 2026-12-05 (issue 20): with the shared data present, Game of 24's test split is now the
    // project's enumerated order, as without 24.csv (was: the file's order), so the main job's game24 cells pose other puzzles.
    // Changed deliberately on 2026-12-05 (issue 23), all three sets: summary.json gains the reasoning-model metrics (pass^k,
    // accuracy_se, lengths, empty/unclosed shares, underthinking) and the new process-efficiency rule; samples.jsonl
    // gains each sample's thought_switches; the simulator's wrong whole responses on hard problems may open with the
    // right answer and switch away from it (UnderthinkingSwitch), so the sim runs' text and tokens moved (verdicts did not).
    public static readonly string[] MainJob =
    [
        "2c02932831f5de0edf74612534c696ae0ea90a177ecbd2f60ef34e3949b10d03",
        "9f49b8e018cb529a51f6dc55c48ad35259a5759cbb4c6857e22589b62edf9b3c",
        "696b2e7db78d110ca9e6106ad3c317d7c8c895e08ada86fc74236d8b0eef639e",
    ];

    public static readonly string[] Gsm8kSim =
    [
        "80f698631af5f24110f4b43687d0173a928679c7c4fb7d39f463d6dfa3bb5f3a",
        "66436057e2b04c49074ec775d0810688b389950e2ba312357c61f8381fa47ed3",
        "665cdc82d5fc396f4d9a1a99823191c54570a400423c008ce0d92b506af194eb",
    ];

    public static readonly string[] Replay =
    [
        "3d993b4e518c4bb92c9c132dfde10bab28695b1d711902696400080920ae0ea4",
        "03bf892ec970571db2623df1f499081f8cdc78ff580762fcdf981c65046026ec",
        "efcf22eea13325e5a63795046ff0fe9f2cf9d48ca07d77ad17dd344c15b2d896",
    ];

    public const string Grade = "3aa29ff82662a21f9b626ee58fe49bece47dc7bb379a1d88e7b0be9e60705e14";
}
