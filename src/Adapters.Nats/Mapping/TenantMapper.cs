using System.Text.Json;
using Portal.Adapters.Nats.Contracts.Tenants;
using Portal.Adapters.Nats.Requests;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.Mapping;

internal static class TenantMapper
{
    /// <summary>
    /// A tenant without an id, or with one Portal cannot put in an address or a subject (a dot, say), cannot be opened:
    /// it is left out of the list, as the login's tenant hints are, rather than costing the user every practice. A tenant
    /// listed twice is one practice: its first entry is shown.
    /// </summary>
    public static IReadOnlyList<Tenant> ToTenants(TenantListAnswer answer) =>
        WireValues.Require(answer.Tenants, "tenants")
            .Where(dto => WireValues.IsAddressable(dto.Id))
            .Select(ToTenant)
            .DistinctBy(tenant => tenant.Id)
            .ToArray();

    /// <summary>An answer about another user or tenant than asked is not trusted: it is malformed, not a yes.</summary>
    public static bool ToHasAccess(TenantAccessAnswer answer, string userId, TenantId tenantId)
    {
        if ((answer.TenantId is not null && answer.TenantId != tenantId.Value) || (answer.UserId is not null && answer.UserId != userId))
        {
            throw new MalformedAnswerException("The access answer is about another user or tenant than asked.");
        }

        return WireValues.RequireValue(answer.HasAccess, "hasAccess");
    }

    /// <summary>
    /// Only the id is required: a tenant without a name (the tenant service stores whatever <c>name</c> it was given) is
    /// shown by its id, one without the optional <c>role</c> has none (not given, never a role Portal makes up), and
    /// <c>features</c> that are not a list of names are none.
    /// </summary>
    private static Tenant ToTenant(TenantDto dto)
    {
        var id = WireValues.RequireText(dto.Id, "tenants[].id").Trim();
        return new(
            new TenantId(id),
            string.IsNullOrWhiteSpace(dto.Name) ? id : dto.Name.Trim(),
            ToStatus(dto.Status),
            WireValues.OrNull(dto.Role),
            Features(dto.Settings?.Features))
        {
            PlatformCustomerId = WireValues.PlatformIdOrNull(dto.Settings?.PlatformCustomerId),
            StatusCode = WireValues.OrNull(dto.Status),
        };
    }

    private static string[] Features(JsonElement? features) => features is { ValueKind: JsonValueKind.Array } list
        ? [.. list.EnumerateArray()
            .Select(feature => feature.ValueKind == JsonValueKind.String ? feature.GetString() : null)
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .Select(name => name!)]
        : [];

    private static TenantStatus ToStatus(string? status) => status?.Trim().ToUpperInvariant() switch
    {
        "ACTIVE" => TenantStatus.Active,
        "SUSPENDED" => TenantStatus.Suspended,
        "INACTIVE" => TenantStatus.Inactive,
        _ => TenantStatus.Unknown,
    };
}
