using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common.Access;
using Portal.Application.Tenants.Queries.ConfirmTenantAccess;
using Portal.Application.Tenants.Queries.ListTenants;
using Portal.Domain.Claims;
using Portal.Domain.Common;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;
using Portal.Web.Identity;

namespace Portal.Web.Pages;

/// <summary>
/// A page under <c>/t/{tenantId}</c>: everything it asks is about that tenant, as the signed-in user. The practice
/// name, role and switcher in the header come from the practices the sign-in cookie carries; when they are missing,
/// <see cref="PortalSignIn.PracticesInterval"/> old or do not name this tenant, they are listed alongside the page's
/// own queries and the cookie re-issued with them (and the Platform links they give). When that list fails the page
/// still shows, with the header as the cookie had it, or naming no practice.
/// </summary>
public abstract class TenantPageModel(PortalPageServices services) : PortalPageModel(services)
{
    private IReadOnlyList<Tenant>? tenants;

    public string TenantId => Convert.ToString(RouteData.Values["tenantId"], CultureInfo.InvariantCulture) ?? string.Empty;

    public override PracticeHeader? Practice => CurrentSignIn is not { } signIn
        ? null
        : PracticeHeader.From(TenantId, tenants) with
        {
            HtpiAreas = Modes.Htpi,
            PlatformAreas = Modes.Platform && signIn.HasPlatformLink(TenantId),
        };

    /// <summary>Live updates come from the HTPI services only.</summary>
    public override string? LiveUrl => CurrentSignIn is null || !Modes.Htpi ? null : Link("events");

    /// <summary>Today in UTC, the day the Platform's due dates are counted against.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>The address of a page of this tenant, for example <c>Link("patients")</c>.</summary>
    public string Link(string path = "") => path.Length == 0 ? $"/t/{TenantId}" : $"/t/{TenantId}/{path}";

    /// <summary>
    /// A claim's page, opened as one of <paramref name="patient"/>'s when known: a claim that names no tenant is shown only
    /// as one of that patient's. Ids are letters, digits, '-' and '_' (<see cref="Identifier"/>), so they need no escaping.
    /// </summary>
    public string ClaimLink(ClaimId claim, PatientId? patient)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return patient is null ? Link("claims/" + claim.Value) : Link("claims/" + claim.Value + "?patient=" + patient.Value);
    }

    /// <summary>
    /// The purpose a form's CSRF token is bound to: the form, this tenant and, for a form about one thing, that thing. A
    /// token taken from one practice's page or from another record's form is refused by every other.
    /// </summary>
    public string FormPurpose(string form, object? subject = null) =>
        subject is null ? $"{form}:{TenantId}" : string.Create(CultureInfo.InvariantCulture, $"{form}:{TenantId}:{subject}");

    protected AccessContext AccessFor(PortalSignIn signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        return signIn.AccessTo(TenantId);
    }

    /// <summary>
    /// A page that shows none of the tenant's data (an empty form) still asks whether the tenant is the caller's, so that
    /// another user's tenant is the same 404 as one that does not exist rather than a form for it.
    /// </summary>
    protected Task<IActionResult> AccessCheckedPageAsync() => SignedInAsync(async signIn =>
    {
        await Mediator.Send(new ConfirmTenantAccessQuery(AccessFor(signIn)), Aborted);
        return Page();
    });

    protected override async Task<IActionResult> RunPageAsync(PortalSignIn signIn, Func<PortalSignIn, Task<IActionResult>> page)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        ArgumentNullException.ThrowIfNull(page);
        tenants = signIn.Practices;

        // A practice the carried ones do not name (granted since they were listed) is listed at once, for its header.
        if (!signIn.PracticesDue(Clock.GetUtcNow()) && signIn.Practices?.Any(practice => practice.Id.Value == TenantId) == true)
        {
            return await page(signIn);
        }

        var practices = Mediator.Send(new ListTenantsQuery(signIn.Token, signIn.UserId), Aborted);
        var answer = page(signIn);
        await Task.WhenAll(practices, answer).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (practices.IsCompletedSuccessfully)
        {
            tenants = practices.Result;
            RememberPractices(tenants);
        }
        else
        {
            // A failed list leaves the header as the cookie had it (or naming no practice): observed, not rethrown.
            _ = practices.Exception;
        }

        return await answer;
    }
}
