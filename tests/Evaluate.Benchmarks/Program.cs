using BenchmarkDotNet.Running;
using Evaluate.Benchmarks.Replay;

// `replay-memory` is a measurement command (memory of streaming a large replay file); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "replay-memory") return ReplayMemoryCommand.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
