namespace Portal.Adapters.Http.IntegrationTests.Infrastructure;

/// <summary>Completes the given task once the first response's headers have reached Portal.</summary>
public sealed class ResponseHeadersSignal : DelegatingHandler
{
    private readonly TaskCompletionSource received;

    public ResponseHeadersSignal(TaskCompletionSource received) => this.received = received;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        received.TrySetResult();
        return response;
    }
}
