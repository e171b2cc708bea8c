using Evaluate.Adapters.Serving;

namespace Evaluate.Tests.Scale;

/// <summary>Two in-process OpenAI-compatible servers of the same model, each counting the requests it answers.</summary>
public sealed class TwoReplicas : IAsyncDisposable
{
    private TwoReplicas(CountingModel first, CountingModel second) => (First, Second) = (first, second);

    public CountingModel First { get; }
    public CountingModel Second { get; }
    public OpenAiCompatibleServer FirstServer { get; } = new();
    public OpenAiCompatibleServer SecondServer { get; } = new();
    public string[] Urls { get; private set; } = [];

    public static async Task<TwoReplicas> StartAsync(Func<CountingModel> model)
    {
        var replicas = new TwoReplicas(model(), model());
        replicas.Urls = [await replicas.FirstServer.StartAsync(replicas.First, servedModelName: "sim"), await replicas.SecondServer.StartAsync(replicas.Second, servedModelName: "sim")];
        return replicas;
    }

    public async ValueTask DisposeAsync()
    {
        await FirstServer.DisposeAsync();
        await SecondServer.DisposeAsync();
    }
}
