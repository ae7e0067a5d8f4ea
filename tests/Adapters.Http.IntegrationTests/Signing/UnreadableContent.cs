using System.Net;

namespace Portal.Adapters.Http.IntegrationTests.Signing;

/// <summary>A body that fails when anyone reads it: proves a signer used the hash it was handed instead.</summary>
public sealed class UnreadableContent : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        throw new InvalidOperationException("The body was read.");

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
