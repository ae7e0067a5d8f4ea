using Microsoft.Extensions.Caching.Distributed;

namespace Portal.Architecture.Tests.BadFixture.State;

/// <summary>Holds a distributed cache.</summary>
public sealed class DistributedCacheHolder(IDistributedCache cache)
{
    public Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken) => cache.GetAsync(key, cancellationToken);
}
