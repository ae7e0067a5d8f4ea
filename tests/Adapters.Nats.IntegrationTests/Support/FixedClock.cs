namespace Portal.Adapters.Nats.IntegrationTests.Support;

/// <summary>A clock standing still at <see cref="Now"/> (Microsoft.Extensions.TimeProvider.Testing is not in the registry).</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
