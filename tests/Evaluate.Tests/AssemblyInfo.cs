// Fixtures run in parallel: every test writes to its own temporary directory and talks only to servers it started
// itself, and the in-process CLI takes its output writers as arguments (no shared Console, no working directory).
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(4)]
