using Polly;

namespace Portal.Adapters.Http.Platform.Resilience;

internal static class PlatformResilienceKeys
{
    /// <summary>Set on each call's context: only reads may be retried.</summary>
    public static readonly ResiliencePropertyKey<bool> IsRead = new("Portal.Platform.IsRead");
}
