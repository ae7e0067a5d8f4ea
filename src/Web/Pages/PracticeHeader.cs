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

    /// <summary>The header for <paramref name="tenantId"/> out of the user's practices (null when they could not be listed).</summary>
    public static PracticeHeader From(string tenantId, IReadOnlyList<Tenant>? tenants)
    {
        if (tenants is null)
        {
            return new(tenantId, null, []);
        }

        // Loops rather than LINQ: the layout asks for this on every practice page.
        Tenant? current = null;
        var matching = 0;
        foreach (var tenant in tenants)
        {
            if (tenant.Id.Value == tenantId)
            {
                current ??= tenant;
                matching++;
            }
        }

        var others = new Tenant[tenants.Count - matching];
        var next = 0;
        foreach (var tenant in tenants)
        {
            if (tenant.Id.Value != tenantId)
            {
                others[next++] = tenant;
            }
        }

        return new(tenantId, current, others);
    }
}
