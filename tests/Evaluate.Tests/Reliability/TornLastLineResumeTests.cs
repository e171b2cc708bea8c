using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reliability;

/// <summary>
/// Issue 20: a finished run whose last journal line is cut (no closing newline, half a record) and then resumed
/// redoes the problem that line belonged to: no sample is dropped, and the files are the bytes of an uninterrupted run.
/// </summary>
public sealed class TornLastLineResumeTests
{
    private static readonly string[] Plan = ["run", "--suite", "game24", "--strategy", "sample:n=4", "--limit", "12", "--seed", "5"];
    private static readonly string[] Compared = ["samples.jsonl", "problems.jsonl", "summary.json"];
    private static readonly string[] Journals = ["samples.jsonl", "problems.jsonl", "timings.jsonl"];

    private static async Task<string> FinishedRunAsync()
    {
        var directory = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync([.. Plan, "--out", directory]);
        Assert.That(code, Is.EqualTo(0), error);
        return directory;
    }

    private static string Copy(string from)
    {
        var to = TestRuns.NewDirectory();
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        return to;
    }

    /// <summary>Cuts the file's last line after <paramref name="keep"/> of its bytes (its newline gone with the rest).</summary>
    private static void CutLastLine(string path, int keep)
    {
        var bytes = File.ReadAllBytes(path);
        var start = Array.LastIndexOf(bytes, (byte)'\n', bytes.Length - 2) + 1;
        File.WriteAllBytes(path, bytes[..(start + keep)]);
    }

    private static int LastLineLength(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return bytes.Length - 1 - (Array.LastIndexOf(bytes, (byte)'\n', bytes.Length - 2) + 1);
    }

    private static async Task<bool> ResumedEqualsAsync(string reference, string work)
    {
        var (code, _, error) = await InProcessCli.RunAsync([.. Plan, "--out", work, "--resume"]);
        Assert.That(code, Is.EqualTo(0), error);
        return Compared.All(f => File.ReadAllBytes(Path.Combine(work, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(reference, f))))
            && File.ReadAllLines(Path.Combine(work, "timings.jsonl")).Length == File.ReadAllLines(Path.Combine(reference, "timings.jsonl")).Length;
    }

    [TestCase("samples.jsonl")]
    [TestCase("problems.jsonl")]
    [TestCase("timings.jsonl")]
    public async Task A_cut_last_line_is_redone_and_the_resumed_run_equals_the_uninterrupted_one(string journal)
    {
        var reference = await FinishedRunAsync();
        var work = Copy(reference);
        var path = Path.Combine(work, journal);
        CutLastLine(path, LastLineLength(path) / 2);

        Assert.That(await ResumedEqualsAsync(reference, work), Is.True, $"{journal} cut in its last line, then resumed");
        Assert.That(File.ReadAllLines(Path.Combine(work, "samples.jsonl")), Has.Length.EqualTo(12 * 4), "no sample dropped");
    }

    [Test]
    public async Task Twenty_random_cuts_of_any_journal_all_resume_to_the_uninterrupted_bytes()
    {
        var reference = await FinishedRunAsync();
        var random = new Random(20);
        var identical = 0;
        var failed = new List<string>();
        for (var trial = 0; trial < 20; trial++)
        {
            var work = Copy(reference);
            var journal = Journals[random.Next(Journals.Length)];
            var path = Path.Combine(work, journal);
            var keep = random.Next(1, LastLineLength(path));
            CutLastLine(path, keep);
            if (await ResumedEqualsAsync(reference, work)) identical++;
            else failed.Add($"{journal}@{keep}");
        }
        Assert.That(identical, Is.EqualTo(20), "byte-identical resumes; differing: " + string.Join(", ", failed));
    }
}
