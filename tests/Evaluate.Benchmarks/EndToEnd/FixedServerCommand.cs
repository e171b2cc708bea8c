using Evaluate.Adapters.Serving;

namespace Evaluate.Benchmarks.EndToEnd;

/// <summary>
/// `serve-fixed`: the loopback OpenAI-compatible server over <see cref="FixedCompletionModel"/>, run by
/// <see cref="ServerProcess"/> as a child so that its CPU time is measured apart from the harness's. Prints its base
/// URL on the first line and stops when its standard input closes.
/// </summary>
public static class FixedServerCommand
{
    public static async Task<int> RunAsync()
    {
        await using var server = new OpenAiCompatibleServer();
        var url = await server.StartAsync(new FixedCompletionModel(), servedModelName: "fixed");
        Console.Out.WriteLine(url);
        Console.Out.Flush();
        await Console.In.ReadToEndAsync();
        return 0;
    }
}
