using Portal.Adapters.Nats.Contracts.Tenants;
using Portal.Adapters.Nats.Requests;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.Mapping;

internal static class TenantMapper
{
    /// <summary>The role a tenant entry gets when the service leaves out the optional <c>role</c>.</summary>
    public const string DefaultRole = "member";

    public static IReadOnlyList<Tenant> ToTenants(TenantListAnswer answer) =>
        WireValues.Require(answer.Tenants, "tenants").Select(ToTenant).ToArray();

    /// <summary>An answer about another user or tenant than asked is not trusted: it is malformed, not a yes.</summary>
    public static bool ToHasAccess(TenantAccessAnswer answer, string userId, TenantId tenantId)
    {
        if ((answer.TenantId is not null && answer.TenantId != tenantId.Value) || (answer.UserId is not null && answer.UserId != userId))
        {
            throw new MalformedAnswerException("The access answer is about another user or tenant than asked.");
        }

        return WireValues.RequireValue(answer.HasAccess, "hasAccess");
    }

    private static Tenant ToTenant(TenantDto dto) => new(
        new TenantId(WireValues.RequireText(dto.Id, "tenants[].id")),
        WireValues.RequireText(dto.Name, "tenants[].name"),
        ToStatus(dto.Status),
        string.IsNullOrWhiteSpace(dto.Role) ? DefaultRole : dto.Role.Trim(),
        dto.Settings?.Features?.Where(feature => !string.IsNullOrWhiteSpace(feature)).ToArray() ?? [])
    {
        PlatformCustomerId = WireValues.PlatformIdOrNull(dto.Settings?.PlatformCustomerId),
    };

    private static TenantStatus ToStatus(string? status) => status?.Trim().ToUpperInvariant() switch
    {
        "ACTIVE" => TenantStatus.Active,
        "SUSPENDED" => TenantStatus.Suspended,
        "INACTIVE" => TenantStatus.Inactive,
        _ => TenantStatus.Unknown,
    };
}
