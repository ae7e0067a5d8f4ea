namespace Portal.Adapters.Nats.IntegrationTests.Support;

/// <summary>
/// A clock standing still until a test moves it (Microsoft.Extensions.TimeProvider.Testing is not in the registry).
/// </summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
