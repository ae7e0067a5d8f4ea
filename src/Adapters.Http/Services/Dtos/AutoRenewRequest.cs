using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Services.Dtos;

/// <summary>
/// The body of <c>services/{id}/auto-renew/</c>. <see cref="AutoRenew"/> is a JSON boolean, never a string: the Platform
/// coerces by truthiness, so the string "false" would switch auto-renew on.
/// </summary>
internal sealed class AutoRenewRequest : PlatformRequestBody
{
    public bool AutoRenew { get; set; }
}
