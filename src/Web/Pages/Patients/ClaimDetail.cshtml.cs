using Microsoft.AspNetCore.Mvc;
using Portal.Application.Claims.Queries.GetClaim;
using Portal.Domain.Claims;
using Portal.Domain.Common;

namespace Portal.Web.Pages.Patients;

/// <summary>
/// One claim with its lines. The HTPI claim names no patient, so the patient's page links here with <c>?patient=</c>, and
/// the page names that patient, for the back link and the heading, when the claim is among theirs
/// (<see cref="GetClaimQuery"/>). A <c>?patient=</c> that is no id is ignored, as a link without one.
/// </summary>
public sealed class ClaimDetailModel(PortalPageServices services) : PatientRecordPageModel(services)
{
    public Claim? Claim { get; private set; }

    [BindProperty(SupportsGet = true, Name = "patient")]
    public string? PatientId { get; set; }

    public Task<IActionResult> OnGetAsync(string claimId) => SignedInAsync(async signIn =>
    {
        var view = await Mediator.Send(new GetClaimQuery(AccessFor(signIn), claimId, Identifier.IsValid(PatientId) ? PatientId : null), Aborted);
        Claim = view.Claim;
        Patient = view.Patient;
        return Page();
    });
}
