using Microsoft.AspNetCore.Mvc;
using Portal.Application.Claims.Queries.GetClaim;
using Portal.Application.Claims.Queries.ListClaims;
using Portal.Domain.Claims;
using Portal.Domain.Common;
using Portal.Domain.Patients;

namespace Portal.Web.Pages.Patients;

/// <summary>
/// One claim with its lines. The HTPI claim names no patient, so the patient's page links here with <c>?patient=</c>;
/// that patient and their claims are asked for alongside the claim, for the back link and the name, which are shown only
/// when the claim is among the patient's (a link naming another patient of the practice must not pin the claim on them),
/// and the page does without them when the patient cannot be shown.
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
        var named = Identifier.IsValid(PatientId);
        var patient = named ? PatientOrNullAsync(access, PatientId!) : Task.FromResult<Patient?>(null);
        // When the patient's claims cannot be listed, the patient is not named.
        var patientsClaims = named ? AnswerOrNullAsync(new ListClaimsQuery(access, PatientId!)) : Task.FromResult<IReadOnlyList<ClaimSummary>?>(null);
        await Task.WhenAll(claim, patient, patientsClaims).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Claim = await claim;
        Patient = (await patientsClaims)?.Any(summary => summary.Id == Claim.Summary.Id) == true ? await patient : null;
        return Page();
    });
}
