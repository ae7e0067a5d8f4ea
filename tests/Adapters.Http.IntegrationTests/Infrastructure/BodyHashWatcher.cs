using Portal.Adapters.Http.Platform.Signing;

namespace Portal.Adapters.Http.IntegrationTests.Infrastructure;

/// <summary>
/// Sits in front of the signing handler and keeps, for every attempt, the body hash the request carries in
/// <see cref="PlatformSigningHandler.BodyHashOption"/> (null when it carries none) and the body's bytes.
/// </summary>
public sealed class BodyHashWatcher : DelegatingHandler
{
    private readonly List<(string? Hash, byte[] Body)> attempts;

    public BodyHashWatcher(List<(string? Hash, byte[] Body)> attempts) => this.attempts = attempts;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.TryGetValue(PlatformSigningHandler.BodyHashOption, out var hash);
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        lock (attempts)
        {
            attempts.Add((hash, body));
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
