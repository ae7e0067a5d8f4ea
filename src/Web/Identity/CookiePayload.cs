using System.Text.Json.Serialization;

namespace Portal.Web.Identity;

/// <summary>
/// Times are whole Unix seconds, UTC. What a sign-in does not have is left out, so an HTPI-only sign-in carries
/// no Platform fields: <c>pp</c> the user's practices for the header and <c>pl</c> when they were listed,
/// <c>pu</c> the user's Platform id, <c>pt</c> true when tenants are customers (the
/// Platform alone), <c>pc</c> tenant id → customer id, <c>pr</c> customer id → the user's role there, <c>mh</c> and <c>mc</c> the membership fingerprint and when it
/// was checked, <c>tz</c> the time zone of the user's Platform profile.
/// </summary>
internal sealed record CookiePayload(int Version, string Token, string UserId, string? Name, long SignedInAt, long ActiveAt)
{
    [JsonPropertyName("pu")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? PlatformUserId { get; init; }

    [JsonPropertyName("pt")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? TenantsAreCustomers { get; init; }

    [JsonPropertyName("pc")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, long>? Customers { get; init; }

    [JsonPropertyName("pr")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<long, string>? Roles { get; init; }

    [JsonPropertyName("mh")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MembershipHash { get; init; }

    [JsonPropertyName("mc")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? MembershipCheckedAt { get; init; }

    [JsonPropertyName("tz")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TimeZone { get; init; }

    [JsonPropertyName("pp")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<CookiePractice>? Practices { get; init; }

    [JsonPropertyName("pl")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? PracticesListedAt { get; init; }
}
