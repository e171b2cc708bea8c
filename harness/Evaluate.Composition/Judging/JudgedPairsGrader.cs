using System.Text;
using System.Text.Json;
using Evaluate.Core.Grading;
using Evaluate.Core.Grading.Judging;
using Evaluate.Core.Problems;
using Evaluate.Core.Running;
using Evaluate.Suites.Grading;

namespace Evaluate.Composition.Judging;

/// <summary>
/// <c>grade --judge</c>: the pairs file graded by the rules, then by the judge where they cannot decide (and on the audit
/// share), line by line through the same <see cref="JudgeStage"/> a run uses. Each line may carry the problem's text
/// (<c>"problem"</c>), which the judge's prompt quotes; without it the judge sees only the reference and the response.
/// Every verdict line carries <c>verdict_source</c> and, where the judge was asked, its record.
/// </summary>
public sealed class JudgedPairsGrader(PairsGrader rules, JudgeStage judge, long seed)
{
    public async Task<JudgedCounts> GradeAsync(string inputPath, Stream output, CancellationToken cancellationToken)
    {
        var counts = new JudgedCounts();
        using var reader = new StreamReader(new Core.Files.LineLimitedStream(File.OpenRead(inputPath), inputPath, Core.Files.TextFiles.MaxLineBytes),
            new UTF8Encoding(false, throwOnInvalidBytes: true));
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default });
        var number = 0;
        while (await ReadLineAsync(reader, inputPath, number + 1, cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var pair = Read(line, inputPath, number);
            var sample = await GradeAsync(pair, number, cancellationToken).ConfigureAwait(false);
            counts.Count(sample);
            Write(writer, pair, sample);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
            writer.Reset();
        }
        return counts;
    }

    private static async Task<string?> ReadLineAsync(StreamReader reader, string file, int number, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DecoderFallbackException)
        {
            throw new DatasetFormatException(file, number, "(line)", "not valid UTF-8 (convert the file to UTF-8)");
        }
    }

    private async Task<SampleRecord> GradeAsync(Pair pair, int number, CancellationToken cancellationToken)
    {
        var checker = rules.Checker;
        var gold = rules.ProblemFor(pair.Gold);
        var problem = gold with { Id = pair.IdText ?? $"line-{number}", Text = pair.Problem ?? gold.Text };
        var extracted = pair.Response is null ? null : checker.Extract(pair.Response);
        var verdict = checker.Grade(gold, extracted);
        var sample = new SampleRecord
        {
            Run = "grade", Model = "pairs", Suite = "pairs", Strategy = "pairs", ProblemId = problem.Id, SampleIndex = 0,
            Response = pair.Response ?? "", Extracted = extracted, Gold = pair.Gold, Correct = verdict.Correct, Reason = verdict.Reason,
            AnswerClass = extracted is null ? -1 : 0,
        };
        var record = new ProblemRecord { Run = "grade", Model = "pairs", Suite = "pairs", Strategy = "pairs", ProblemId = problem.Id, Samples = 1, Score = verdict.Correct ? 1 : 0 };
        var judged = await judge.ApplyAsync(new GradingStageInput(problem, checker, seed), new GradedProblem([sample], record), cancellationToken).ConfigureAwait(false);
        return judged.Samples[0];
    }

    private static void Write(Utf8JsonWriter writer, Pair pair, SampleRecord sample)
    {
        writer.WriteStartObject();
        if (pair.Id is { } id)
        {
            writer.WritePropertyName("id");
            id.WriteTo(writer);
        }
        writer.WriteString("gold", pair.Gold);
        writer.WriteString("response", pair.Response);
        writer.WriteString("extracted", sample.Extracted);
        writer.WriteBoolean("correct", sample.Correct);
        writer.WriteString("reason", sample.Reason);
        writer.WriteString("verdict_source", sample.VerdictSource);
        if (sample.Judge is { } judge)
        {
            writer.WritePropertyName(JudgeRecord.Field);
            JsonSerializer.Serialize(writer, judge);
        }
        writer.WriteEndObject();
    }

    private sealed record Pair(JsonElement? Id, string? IdText, string Gold, string? Response, string? Problem);

    /// <summary>The pair as <c>grade</c> reads it (<see cref="PairsGrader.ReadLine"/>), plus the optional problem text.</summary>
    private static Pair Read(string line, string file, int number)
    {
        var (id, gold, response) = PairsGrader.ReadLine(line, file, number);
        string? problem = null;
        using (var document = JsonDocument.Parse(line))
            if (document.RootElement.TryGetProperty("problem", out var p))
            {
                if (p.ValueKind == JsonValueKind.String) problem = p.GetString();
                else if (p.ValueKind != JsonValueKind.Null) throw new DatasetFormatException(file, number, "problem", "expected a string or null");
            }
        var idText = id is { ValueKind: JsonValueKind.String } s ? s.GetString() : id is { ValueKind: JsonValueKind.Number } n ? n.GetRawText() : null;
        return new Pair(id, idText, gold, response, problem);
    }
}

/// <summary>What <see cref="JudgedPairsGrader"/> counted: the rules' part, the judge's, and its audit.</summary>
public sealed class JudgedCounts
{
    public int Graded { get; private set; }
    public int Correct { get; private set; }
    public int ByJudge { get; private set; }
    public int JudgeErrors { get; private set; }
    public int Audited { get; private set; }
    public int Agreed { get; private set; }
    /// <summary>Left ungradable or without an answer after the judge (fail closed).</summary>
    public int Undecided { get; private set; }

    public void Count(SampleRecord sample)
    {
        Graded++;
        if (sample.Correct) Correct++;
        if (sample.VerdictSource == VerdictSources.Judge) ByJudge++;
        else if (sample.Extracted is null || Core.Suites.Verdict.IsUngradable(sample.Reason)) Undecided++;
        if (sample.Judge is not { } judge) return;
        if (judge.Error is not null) JudgeErrors++;
        if (judge.Audit && judge.Verdict is { } verdict)
        {
            Audited++;
            if ((verdict == JudgeRecord.CorrectText) == sample.Correct) Agreed++;
        }
    }

    public override string ToString() =>
        $"graded {Graded}: {Correct} correct; the judge decided {ByJudge}, {JudgeErrors} judge errors, {Undecided} left ungradable or without an answer" +
        (Audited > 0 ? $"; audit agreement {Agreed}/{Audited}" : "");
}
