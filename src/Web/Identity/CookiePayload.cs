using System.Text.Json.Serialization;

namespace Portal.Web.Identity;

/// <summary>
/// Times are whole Unix seconds, UTC. What a sign-in does not have is left out, so an HTPI-only sign-in carries
/// no Platform fields: <c>ps</c> the user's practices for the header and <c>pl</c> when they were listed,
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

    /// <summary>
    /// Named <c>ps</c>, not the <c>pp</c> of the instances before a practice's role could be left out: those refuse a whole
    /// cookie with such a practice, and skip <c>ps</c> (they list the practices instead), so instances of both versions
    /// read each other's cookies during an upgrade.
    /// </summary>
    [JsonPropertyName("ps")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<CookiePractice>? Practices { get; init; }

    [JsonPropertyName("pl")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? PracticesListedAt { get; init; }
}
