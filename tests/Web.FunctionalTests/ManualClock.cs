namespace Portal.Web.FunctionalTests;

/// <summary>A clock a test moves by hand; timers still run on real time.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
