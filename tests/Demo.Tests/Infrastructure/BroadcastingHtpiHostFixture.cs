namespace Portal.Demo.Tests.Infrastructure;

/// <summary>The HTPI demo with quick timed broadcasts, for the tests of what it broadcasts.</summary>
public sealed class BroadcastingHtpiHostFixture : HtpiHostFixture
{
    public static readonly TimeSpan BroadcastInterval = TimeSpan.FromMilliseconds(100);

    public BroadcastingHtpiHostFixture()
        : base(BroadcastInterval)
    {
    }
}
