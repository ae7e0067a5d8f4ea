using System.Net;

namespace Portal.Adapters.Http.IntegrationTests.Infrastructure;

/// <summary>The end of a handler chain in a unit test: keeps every request it is given and answers 200.</summary>
public sealed class RecordingInnerHandler : HttpMessageHandler
{
    private readonly List<HttpRequestMessage> requests = [];

    public IReadOnlyList<HttpRequestMessage> Requests => requests;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        requests.Add(request);
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
    }
}
