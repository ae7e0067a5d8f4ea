namespace Portal.Application.UnitTests.Fakes;

/// <summary>A clock that always reads the same instant, so date rules are tested against a known today.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static FixedClock Today { get; } = new(new DateTimeOffset(2025, 6, 15, 10, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
