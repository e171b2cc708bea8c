using BenchmarkDotNet.Running;

// With no --filter, run every benchmark: the filter is added here rather than by run.ps1 because PowerShell on Unix
// expands a '*' passed through a variable against the files of the current folder.
string[] arguments = args.Contains("--filter") || args.Contains("--list") ? args : [.. args, "--filter", "*"];
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(arguments);
