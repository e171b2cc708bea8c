using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Evaluate.Benchmarks.EndToEnd;

/// <summary>
/// The server's ceiling: a plain loop of chat requests at a fixed concurrency, each response parsed for its text (what
/// any client must do), nothing else. The harness's rate is reported as a share of this.
/// </summary>
public static class CeilingLoop
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        """{"model":"fixed","messages":[{"role":"user","content":"Natalia sold clips to 48 of her friends in April. How many?"}],"n":1,"temperature":0,"top_p":1,"seed":1,"max_tokens":4096}""");

    public static async Task RunAsync(string baseUrl, int concurrency, int requests)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(baseUrl + "/") };
        var left = requests;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Decrement(ref left) >= 0)
            {
                using var content = new ByteArrayContent(Body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await client.PostAsync("chat/completions", content).ConfigureAwait(false);
                response.EnsureSuccessStatusCode();
                await using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                using var json = await JsonDocument.ParseAsync(stream).ConfigureAwait(false);
                if (json.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!.Length == 0)
                    throw new InvalidOperationException("empty completion");
            }
        });
        await Task.WhenAll(workers).ConfigureAwait(false);
    }
}
