using BenchmarkDotNet.Running;
using Evaluate.Benchmarks.EndToEnd;
using Evaluate.Benchmarks.Fidelity;
using Evaluate.Benchmarks.Onnx;
using Evaluate.Benchmarks.Replay;

// `replay-memory` is a measurement command (memory of streaming a large replay file); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "replay-memory") return ReplayMemoryCommand.Run(args[1..]);
// `fidelity` measures agreement with another grader's cases (tools/fidelity/README.md).
if (args.Length > 0 && args[0] == "fidelity") return FidelityCommand.Run(args[1..]);
// `bench-e2e` measures the whole harness against its same-run references; `serve-fixed` and `cli` are its child processes.
if (args.Length > 0 && args[0] == "bench-e2e") return await EndToEndCommand.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "serve-fixed") return await FixedServerCommand.RunAsync();
if (args.Length > 0 && args[0] == "cli") return await CliChildCommand.RunAsync(args[1..]);
// `prefill-memory` measures the ONNX adapter's peak memory on a Qwen2.5-0.5B-shaped graph; `prefill-memory-child` is its child.
if (args.Length > 0 && args[0] == "prefill-memory") return PrefillMemoryCommand.Run(args[1..]);
if (args.Length > 0 && args[0] == "prefill-memory-child") return PrefillMemoryCommand.RunChild(args[1..]);
// With no --filter, run every benchmark: the filter is added here rather than by run.ps1 because PowerShell on Unix
// expands a '*' passed through a variable against the files of the current folder.
string[] arguments = args.Contains("--filter") || args.Contains("--list") ? args : [.. args, "--filter", "*"];
BenchmarkSwitcher.FromAssembly(typeof(ReplayMemoryCommand).Assembly).Run(arguments);
return 0;
