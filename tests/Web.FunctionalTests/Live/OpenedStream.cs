namespace Portal.Web.FunctionalTests.Live;

/// <summary>A live stream a test opened: its response and the body being read, let go together.</summary>
internal sealed class OpenedStream : IAsyncDisposable
{
    private readonly HttpResponseMessage response;

    private OpenedStream(HttpResponseMessage response, Stream body)
    {
        this.response = response;
        Body = body;
    }

    public Stream Body { get; }

    /// <summary>Sends the GET and opens its body as soon as the headers are in; the response is let go if that fails.</summary>
    public static async Task<OpenedStream> OpenAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        try
        {
            return new OpenedStream(response, await response.Content.ReadAsStreamAsync(cancellationToken));
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Body.DisposeAsync();
        response.Dispose();
    }
}
