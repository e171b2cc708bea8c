using Evaluate.Cli;
using Evaluate.Composition;

// Thin entry point: the verbs over the built-in registries, plus signal handling. Ctrl+C (or SIGTERM) asks a run to
// stop: finished problems are written and summarised (exit 130). A second Ctrl+C ends at once.
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !interrupt.IsCancellationRequested;
    interrupt.Cancel();
};
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM, context => { context.Cancel = true; interrupt.Cancel(); });
return await CliApp.InvokeAsync(args, Registries.CreateDefault(), Console.Out, Console.Error, interrupt.Token);
