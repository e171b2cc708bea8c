using Evaluate.Core;

namespace Evaluate.Composition;

/// <summary>
/// The in-process ONNX Runtime components (a causal LM and a reward model) as registrations: their typed parameters
/// come from the adapter project, and its file and graph errors (which name the file) become usage errors (exit 2).
/// </summary>
internal static class OnnxRegistration
{
    public static T Create<TParameters, T>(TParameters parameters, Func<TParameters, Action<string>, T> create)
    {
        try
        {
            return create(parameters, warning => Console.Error.WriteLine($"warning: {warning}"));
        }
        catch (Exception e) when (e is ArgumentException or FormatException or FileNotFoundException or DirectoryNotFoundException
                                      or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
        {
            throw new UsageException($"onnx: {e.Message}", e);
        }
    }
}
