using Microsoft.AspNetCore.Mvc;
using Portal.Application.Claims.Queries.GetClaim;
using Portal.Domain.Claims;

namespace Portal.Web.Pages.Patients;

/// <summary>One claim with its lines.</summary>
public sealed class ClaimDetailModel(PortalPageServices services) : TenantPageModel(services)
{
    public Claim? Claim { get; private set; }

    public Task<IActionResult> OnGetAsync(string claimId) => SignedInAsync(async signIn =>
    {
        Claim = await Mediator.Send(new GetClaimQuery(AccessFor(signIn), claimId), Aborted);
        return Page();
    });
}
