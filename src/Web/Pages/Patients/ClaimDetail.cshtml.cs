using Microsoft.AspNetCore.Mvc;
using Portal.Application.Claims.Queries.GetClaim;
using Portal.Domain.Claims;
using Portal.Domain.Common;
using Portal.Domain.Patients;

namespace Portal.Web.Pages.Patients;

/// <summary>
/// One claim with its lines. The HTPI claim names no patient, so the patient's page links here with <c>?patient=</c>;
/// that patient is asked for alongside the claim, for the back link and the name, and the page does without them when
/// the patient cannot be shown.
/// </summary>
public sealed class ClaimDetailModel(PortalPageServices services) : PatientRecordPageModel(services)
{
    public Claim? Claim { get; private set; }

    [BindProperty(SupportsGet = true, Name = "patient")]
    public string? PatientId { get; set; }

    public Task<IActionResult> OnGetAsync(string claimId) => SignedInAsync(async signIn =>
    {
        var access = AccessFor(signIn);
        var claim = Mediator.Send(new GetClaimQuery(access, claimId), Aborted);
        var patient = Identifier.IsValid(PatientId) ? PatientOrNullAsync(access, PatientId!) : Task.FromResult<Patient?>(null);
        await Task.WhenAll(claim, patient).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Claim = await claim;
        Patient = await patient;
        return Page();
    });
}
