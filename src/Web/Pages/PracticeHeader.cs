using Portal.Domain.Tenants;

namespace Portal.Web.Pages;

/// <summary>
/// The practice in the header: its id (from the URL, for the navigation), its name and the user's role when the tenant
/// list answered, and the user's other practices for the switcher; and which areas the navigation offers.
/// </summary>
public sealed record PracticeHeader(string TenantId, Tenant? Current, IReadOnlyList<Tenant> Others)
{
    /// <summary>Patients (and the other HTPI areas): Portal runs with the HTPI services.</summary>
    public bool HtpiAreas { get; init; }

    /// <summary>Billing, services and support: Portal runs with the Platform, and this user and tenant are linked to it.</summary>
    public bool PlatformAreas { get; init; }

    public string Link(string path = "") => path.Length == 0 ? $"/t/{TenantId}" : $"/t/{TenantId}/{path}";

    /// <summary>The header for <paramref name="tenantId"/> out of the user's practices (null when they could not be listed).</summary>
    public static PracticeHeader From(string tenantId, IReadOnlyList<Tenant>? tenants) =>
        new(
            tenantId,
            tenants?.FirstOrDefault(t => t.Id.Value == tenantId),
            tenants?.Where(t => t.Id.Value != tenantId).ToArray() ?? []);
}
