using System.Diagnostics;
using System.Globalization;
using Evaluate.Adapters.Onnx.Models;
using Evaluate.Benchmarks.EndToEnd;
using Evaluate.Core.Models;
using Evaluate.Onnx.TestModels;

namespace Evaluate.Benchmarks.Onnx;

/// <summary>
/// `dotnet run -c Release --project tests/Evaluate.Benchmarks -- prefill-memory [--rows 8] [--prompt 1000] [--max-tokens 2]`:
/// peak memory of one request (n = rows samples in one batch, greedy) to a graph shaped like Qwen2.5-0.5B
/// (<see cref="QwenShapedModel"/>: vocabulary 151,936, 24 layers, 2 KV heads, head_dim 64; trivial compute), for the
/// adapter settings listed below. Each setting runs in its own child process, which reports its peak resident set
/// (VmHWM) after opening the model and after the request, so one setting's peak cannot hide another's.
/// A measurement, not a test: nothing here is timed or asserted.
/// </summary>
public static class PrefillMemoryCommand
{
    private static readonly (string Label, bool LogitsToKeep, string[] Parameters)[] Settings =
    [
        ("kv_cache=on (default prefill_chunk)", false, ["kv_cache=on"]),
        ("kv_cache=on, prefill_chunk=0 (whole prompt in one pass)", false, ["kv_cache=on", "prefill_chunk=0"]),
        ("kv_cache=on, graph with num_logits_to_keep", true, ["kv_cache=on"]),
        ("kv_cache=off", false, ["kv_cache=off"]),
    ];

    public static int Run(string[] args)
    {
        var rows = Option(args, "--rows", 8);
        var prompt = Option(args, "--prompt", 1000);
        var maxTokens = Option(args, "--max-tokens", 2);
        using var plain = new TempFolder();
        using var keep = new TempFolder();
        QwenShapedModel.Write(plain.Path);
        QwenShapedModel.Write(keep.Path, logitsToKeep: true);
        Console.WriteLine($"Qwen2.5-0.5B-shaped graph (vocabulary {QwenShapedModel.VocabularySize:N0}, {QwenShapedModel.Layers} layers, " +
                          $"{QwenShapedModel.KeyValueHeads} KV heads, head_dim {QwenShapedModel.HeadDimension}); {rows} rows x {prompt} prompt tokens, max_tokens {maxTokens}");
        Console.WriteLine("| setting | peak after open | peak after the request |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (label, logitsToKeep, parameters) in Settings)
        {
            using var child = ChildProcess.Start(["prefill-memory-child", logitsToKeep ? keep.Path : plain.Path,
                Text(rows), Text(prompt), Text(maxTokens), .. parameters]);
            var output = child.StandardOutput.ReadToEnd().Trim();
            var error = child.StandardError.ReadToEnd().Trim();
            child.WaitForExit();
            Console.WriteLine(child.ExitCode == 0 ? $"| {label} | {output} |" : $"| {label} | failed: {FirstLine(error)} | |");
        }
        return 0;
    }

    /// <summary>The child: open the model, note the peak, run one request, note the peak again.</summary>
    public static int RunChild(string[] args)
    {
        var (folder, rows, prompt, maxTokens) = (args[0], int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
        (string, string)[] parameters = [("batch_size", Text(rows)), ("intra_threads", "1"), .. args[4..].Select(p => (p[..p.IndexOf('=')], p[(p.IndexOf('=') + 1)..]))];
        using var model = Specs.Model(folder, parameters);
        var afterOpen = PeakResidentBytes();
        var request = new GenerationRequest
        {
            // The plain template adds a blank line (two "\n" tokens) after the message; each " answer" is one token.
            Messages = [ChatMessage.User(string.Concat(Enumerable.Repeat(" answer", prompt - 2)))],
            N = rows, Temperature = 0, MaxTokens = maxTokens, Seed = 1, Stop = [],
        };
        try
        {
            var result = model.GenerateAsync(request, CancellationToken.None).GetAwaiter().GetResult();
            var promptTokens = result.Completions[0].Usage.PromptTokens;
            if (promptTokens != prompt) throw new InvalidOperationException($"the prompt has {promptTokens} tokens, not {prompt}");
            Console.WriteLine($"{afterOpen / 1e6:N0} MB | {PeakResidentBytes() / 1e6:N0} MB");
        }
        catch (Exception e) when (e is not InvalidOperationException)
        {
            // A request that fails (e.g. logits too large to read) still shows how much memory it took getting there.
            Console.WriteLine($"{afterOpen / 1e6:N0} MB | {PeakResidentBytes() / 1e6:N0} MB, then failed: {e.GetType().Name}: {e.Message}");
        }
        return 0;
    }

    /// <summary>Linux's VmHWM (peak resident set, native allocations included); elsewhere the runtime's peak working set.</summary>
    private static long PeakResidentBytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
            foreach (var line in File.ReadLines(status))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return self.PeakWorkingSet64;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0];

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int Option(string[] args, string name, int fallback)
    {
        var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);
    }
}
