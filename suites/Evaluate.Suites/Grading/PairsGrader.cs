using System.Text;
using System.Text.Json;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;

namespace Evaluate.Suites.Grading;

/// <summary>
/// Grades a JSONL file of {"gold", "response", optional "id"} lines one line at a time (memory does
/// not grow with the file) and writes each line back with "extracted", "correct" and "reason".
/// A malformed line (or one that is not valid UTF-8) throws <see cref="DatasetFormatException"/> naming file, line and
/// field; on a stream the lines graded before it are flushed, and an output file is written only when complete (no
/// partial file under its name). The built-in graders are registered by name in
/// GraderRegistrations (the `grade` verb's --suite).
/// </summary>
public sealed class PairsGrader
{
    private readonly IAnswerChecker _checker;
    private readonly Func<string, Problem> _goldToProblem;

    /// <param name="checker">Any checker (math, GSM8K, or a suite-specific one such as Game of 24).</param>
    /// <param name="goldToProblem">Builds the problem a gold string belongs to; by default a problem whose Gold is the string.</param>
    public PairsGrader(IAnswerChecker checker, Func<string, Problem>? goldToProblem = null)
    {
        _checker = checker;
        _goldToProblem = goldToProblem ?? (gold => new Problem("", "", gold, ProblemMeta.None));
    }

    /// <summary>The checker this grader grades with (the judged path, <c>grade --judge</c>, grades each line with it first).</summary>
    public IAnswerChecker Checker => _checker;

    /// <summary>The problem a gold string belongs to, as this grader builds it.</summary>
    public Problem ProblemFor(string gold) => _goldToProblem(gold);

    /// <summary>When true, malformed lines are counted in <see cref="GradingCounts.BadLines"/> and skipped instead of throwing.</summary>
    public bool SkipBadLines { get; init; }

    /// <summary>Reads every line as a document (the reference the fast path is tested against).</summary>
    internal bool DocumentPathOnly { get; init; }

    public GradingCounts Grade(string inputPath, string outputPath)
    {
        using var input = File.OpenRead(inputPath);
        GradingCounts counts = default!;
        Evaluate.Core.Files.OutputFile.Write(outputPath, output => counts = Grade(input, output, inputPath));
        return counts;
    }

    /// <param name="fileName">Named in error messages.</param>
    public GradingCounts Grade(Stream input, Stream output, string fileName)
    {
        var start = input.CanSeek ? input.Position : -1;
        using var lines = new Utf8LineReader(input);
        if (start >= 0)
        {
            lines.SkipUtf8Bom();
            var head = lines.Peek;
            // UTF-16 and UTF-32 byte order marks: StreamReader decodes those; the byte path is for UTF-8 only.
            if (head.Length == 0 || head[0] is not (0xFE or 0xFF) && !head.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
                return GradeLines(Utf8Lines(lines, fileName), output, fileName);
            input.Position = start;
        }
        return GradeLines(DecodedLines(input), output, fileName);
    }

    /// <summary>The fast path: each line parsed from the bytes it was read as; lines that are not plain valid UTF-8
    /// objects are decoded and re-encoded as the decoded path reads them, so results stay the same.</summary>
    private static IEnumerable<(int Number, ReadOnlyMemory<byte> Json)> Utf8Lines(Utf8LineReader lines, string fileName)
    {
        var number = 0;
        while (lines.TryReadLine(out var line))
        {
            number++;
            var first = line.Span.IndexOfAnyExcept(" \t\r\n\f\v"u8);
            if (first < 0) continue; // blank (ASCII whitespace only), as IsNullOrWhiteSpace skips it
            if (line.Span[first] == (byte)'{' && System.Text.Unicode.Utf8.IsValid(line.Span))
            {
                yield return (number, line);
                continue;
            }
            // Decoding would turn invalid bytes into U+FFFD and grade that text: refused instead, naming the line.
            if (!System.Text.Unicode.Utf8.IsValid(line.Span))
                throw new DatasetFormatException(fileName, number, "(line)", "not valid UTF-8 (convert the file to UTF-8)");
            var text = Encoding.UTF8.GetString(line.Span);
            if (!string.IsNullOrWhiteSpace(text)) yield return (number, Encoding.UTF8.GetBytes(text));
        }
    }

    private static IEnumerable<(int Number, ReadOnlyMemory<byte> Json)> DecodedLines(Stream input)
    {
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line)) yield return (number, Encoding.UTF8.GetBytes(line));
        }
    }

    /// <summary>Verdicts go through one reused writer into a buffer written out in large blocks (no per-line flush or zeroing).</summary>
    private GradingCounts GradeLines(IEnumerable<(int Number, ReadOnlyMemory<byte> Json)> lines, Stream output, string fileName)
    {
        var verdicts = new VerdictWriter(output);
        var counts = new Counter();
        using var reading = lines.GetEnumerator();
        while (NextLine(reading, verdicts) is { } next)
        {
            var (number, json) = next;
            if (DocumentPathOnly || !FastPairReader.TryRead(json.Span, out var pair))
            {
                // Anything the fast reader does not take is read as a document, which also names what is wrong.
                if (ReadPair(json, fileName, number, out var error) is not { } read)
                {
                    if (SkipBadLines) { counts.Bad++; continue; }
                    verdicts.Flush();
                    throw error!;
                }
                pair = GradingPair.FromDocument(read.Id, read.Gold, read.Response);
            }
            GradeOne(pair, verdicts, counts);
            verdicts.EndLine();
        }
        verdicts.Flush();
        return counts.ToCounts();
    }

    /// <summary>The next line, or null at the end; a line refused while reading keeps the verdicts written before it.</summary>
    private static (int Number, ReadOnlyMemory<byte> Json)? NextLine(IEnumerator<(int Number, ReadOnlyMemory<byte> Json)> lines, VerdictWriter verdicts)
    {
        try
        {
            return lines.MoveNext() ? lines.Current : null;
        }
        catch (DatasetFormatException)
        {
            verdicts.Flush();
            throw;
        }
    }

    /// <summary>Grades one pair and writes it back with its verdict (strings through the verdict writer's escaper).</summary>
    private void GradeOne(GradingPair pair, VerdictWriter verdicts, Counter counts)
    {
        var extracted = pair.Response is null ? null : _checker.Extract(pair.Response);
        var verdict = _checker.Grade(_goldToProblem(pair.Gold), extracted);
        Count(verdict, counts);
        var writer = verdicts.Writer;
        writer.WriteStartObject();
        if (pair.HasId)
        {
            writer.WritePropertyName("id"u8);
            if (pair.IdElement is { } element) element.WriteTo(writer);
            else if (pair.IdIsNull) writer.WriteNullValue();
            else if (pair.IdNumber is { } number) writer.WriteRawValue(number, skipInputValidation: true);
            else verdicts.WriteStringValue(pair.IdText!);
        }
        writer.WritePropertyName("gold"u8);
        verdicts.WriteStringValue(pair.Gold);
        writer.WritePropertyName("response"u8);
        verdicts.WriteStringValue(pair.Response);
        writer.WritePropertyName("extracted"u8);
        verdicts.WriteStringValue(extracted);
        writer.WriteBoolean("correct"u8, verdict.Correct);
        writer.WriteString("reason"u8, verdict.Reason);
        writer.WriteEndObject();
    }

    private static void Count(Verdict verdict, Counter counts)
    {
        if (verdict.Correct) counts.Correct++;
        else if (GradingReasons.IsUngradable(verdict.Reason)) counts.Unparseable++;
        else if (verdict.Reason == GradingReasons.NoAnswer) counts.NoAnswer++;
        else counts.Wrong++;
    }

    private sealed class Counter
    {
        public int Correct, Wrong, Unparseable, NoAnswer, Bad;

        public GradingCounts ToCounts() => new(Correct, Wrong, Unparseable, NoAnswer, Bad);
    }

    /// <summary>
    /// One line of a pairs file read by exactly the rules of <c>grade</c> (gold, response, id; a refusal names the file,
    /// line and field), for graders that add to the line (<c>grade --judge</c> reads the problem's text beside them).
    /// </summary>
    public static (JsonElement? Id, string Gold, string? Response) ReadLine(string line, string file, int lineNumber) =>
        ReadPair(System.Text.Encoding.UTF8.GetBytes(line), file, lineNumber, out var error) ?? throw error!;

    private static (JsonElement? Id, string Gold, string? Response)? ReadPair(ReadOnlyMemory<byte> line, string file, int lineNumber, out DatasetFormatException? error)
    {
        error = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            error = new DatasetFormatException(file, lineNumber, "(line)", "not valid JSON: " + ex.Message);
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = new DatasetFormatException(file, lineNumber, "(line)", "expected a JSON object");
                return null;
            }
            if (!root.TryGetProperty("gold", out var goldElement) || goldElement.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                error = new DatasetFormatException(file, lineNumber, "gold", "required string (or number) is missing or has the wrong type");
                return null;
            }
            if (!root.TryGetProperty("response", out var responseElement) || responseElement.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                error = new DatasetFormatException(file, lineNumber, "response", "required string (or null) is missing or has the wrong type");
                return null;
            }
            JsonElement? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                if (idElement.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null))
                {
                    error = new DatasetFormatException(file, lineNumber, "id", "must be a string or a number");
                    return null;
                }
                id = idElement.Clone();
            }
            var gold = goldElement.ValueKind == JsonValueKind.String ? ReadString(goldElement) : goldElement.GetRawText();
            if (gold is null)
            {
                error = new DatasetFormatException(file, lineNumber, "gold", "contains an unpaired UTF-16 surrogate escape");
                return null;
            }
            var response = responseElement.ValueKind == JsonValueKind.Null ? null : ReadString(responseElement);
            if (response is null && responseElement.ValueKind != JsonValueKind.Null)
            {
                error = new DatasetFormatException(file, lineNumber, "response", "contains an unpaired UTF-16 surrogate escape");
                return null;
            }
            return (id, gold, response);
        }
    }

    /// <summary>The string value, or null when it holds an escaped lone surrogate (System.Text.Json refuses to decode it).</summary>
    private static string? ReadString(JsonElement element)
    {
        // Looks at the raw bytes in place: copying the raw text of every response just to search it cost a string per line.
        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element);
        if (MayHoldSurrogateEscape(raw) && HasLoneSurrogateEscape(element.GetRawText())) return null;
        return element.GetString();
    }

    private static bool MayHoldSurrogateEscape(ReadOnlySpan<byte> raw)
    {
        for (var at = raw.IndexOf("\\u"u8); at >= 0 && at + 2 < raw.Length; )
        {
            if (raw[at + 2] is (byte)'d' or (byte)'D') return true;
            var next = raw[(at + 2)..].IndexOf("\\u"u8);
            at = next < 0 ? -1 : at + 2 + next;
        }
        return false;
    }

    private static bool HasLoneSurrogateEscape(string raw)
    {
        for (int i = 0; i + 5 < raw.Length; i++)
        {
            if (raw[i] != '\\') continue;
            if (raw[i + 1] != 'u') { i++; continue; }
            if (!int.TryParse(raw.AsSpan(i + 2, 4), System.Globalization.NumberStyles.HexNumber, null, out int unit)) continue;
            bool high = unit is >= 0xD800 and <= 0xDBFF, low = unit is >= 0xDC00 and <= 0xDFFF;
            if (low) return true;
            if (high)
            {
                bool pairFollows = i + 11 < raw.Length && raw[i + 6] == '\\' && raw[i + 7] == 'u'
                    && int.TryParse(raw.AsSpan(i + 8, 4), System.Globalization.NumberStyles.HexNumber, null, out int next) && next is >= 0xDC00 and <= 0xDFFF;
                if (!pairFollows) return true;
                i += 11;
            }
        }
        return false;
    }
}
