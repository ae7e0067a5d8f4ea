using Portal.Domain.Tenants;
using Portal.Web.Identity;

namespace Portal.Web.Formatting;

/// <summary>
/// The user's role in a practice as the header, the switcher and the picker show it. With both backends a linked
/// practice's role is the user's role on the Platform (owner, billing, tech, viewer), which governs only the Platform's
/// areas (billing, services, support, company, team); the patients are HTPI's, which knows no such role and lets every
/// member of the practice act. So that role is named as the Platform's, and a viewer is not told they may only look at
/// patients. A role the practice itself carries is shown as it is, and so is every role with the Platform alone, where
/// each practice is a Platform customer and there are no patients.
/// </summary>
public sealed record PracticeRole(string Words, bool OnPlatform)
{
    /// <summary>"Platform: Viewer" for the Platform's role, the role's words alone for the practice's own.</summary>
    public string Label => OnPlatform ? "Platform: " + Words : Words;

    /// <summary>The user's role in <paramref name="tenant"/>, or null when no backend gave one.</summary>
    public static PracticeRole? In(PortalSignIn signIn, Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        ArgumentNullException.ThrowIfNull(tenant);
        return signIn.RoleIn(tenant) is { } role
            ? new(Display.Role(role), !signIn.TenantsAreCustomers && signIn.PlatformCustomerFor(tenant.Id.Value) is { } customer && signIn.PlatformRoles.ContainsKey(customer))
            : null;
    }
}
