using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Tenants;

/// <summary>
/// The tenant's <c>settings</c>, of which Portal reads only these two. Everything else is never even read into memory,
/// on purpose: the tenant service keeps secrets there (<c>claimmd_accounts[].api_key</c>) that must never reach a page,
/// a log or a browser.
/// </summary>
internal sealed class TenantSettingsDto
{
    /// <summary>Feature names; kept raw, so that anything but a list of names is no features rather than a failed answer.</summary>
    [JsonPropertyName("features")]
    public JsonElement? Features { get; init; }

    /// <summary>The Platform customer this tenant is: an integer, kept raw and read tolerantly.</summary>
    [JsonPropertyName("platform_customer_id")]
    public JsonElement? PlatformCustomerId { get; init; }
}
