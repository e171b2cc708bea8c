using Evaluate.Cli;
using Evaluate.Composition;

// Thin entry point: build the verbs over the built-in registries, map failures to exit codes
// (2 = bad usage, config or data; 130 = interrupted). Anything else is a bug: it escapes with its stack trace.
var parse = CliApp.Build(Registries.CreateDefault()).Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine($"error: {error.Message}");
    Console.Error.WriteLine("Try 'evaluate --help'.");
    return ExitCodes.BadInput;
}
// Ctrl+C (or SIGTERM) asks the run to stop: finished problems are written and summarised. A second Ctrl+C ends at once.
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !interrupt.IsCancellationRequested;
    interrupt.Cancel();
};
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM, context => { context.Cancel = true; interrupt.Cancel(); });
try
{
    return await parse.InvokeAsync(new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }, interrupt.Token);
}
catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
{
    Console.Error.WriteLine("interrupted: finished problems were written and summarised (complete: false)");
    return ExitCodes.Interrupted;
}
catch (Exception e) when (ErrorReport.IsUserError(e))
{
    Console.Error.WriteLine($"error: {e.Message}");
    return ExitCodes.BadInput;
}
