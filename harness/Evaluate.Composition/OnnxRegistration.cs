using Evaluate.Adapters.Onnx.Components;
using Evaluate.Core;
using Evaluate.Core.Components;

namespace Evaluate.Composition;

/// <summary>
/// The in-process ONNX Runtime components (a causal LM and a reward model) as registrations: their parameter lists
/// come from the adapter project, and its file and graph errors (which name the file) become usage errors (exit 2).
/// </summary>
internal static class OnnxRegistration
{
    public static IReadOnlyList<ComponentParameter> Parameters(IReadOnlyList<OnnxParameter> parameters) =>
        parameters.Select(p => ComponentParameter.Text(p.Name, p.Default, p.Help)).ToList();

    public static T Create<T>(Func<ComponentSpec, Action<string>, T> create, ComponentSpec spec)
    {
        try
        {
            return create(spec, warning => Console.Error.WriteLine($"warning: {warning}"));
        }
        catch (Exception e) when (e is ArgumentException or FormatException or FileNotFoundException or DirectoryNotFoundException
                                      or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
        {
            throw new UsageException($"{spec.Name}: {e.Message}", e);
        }
    }
}
