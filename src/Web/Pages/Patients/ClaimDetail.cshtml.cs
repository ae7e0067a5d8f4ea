using Microsoft.AspNetCore.Mvc;
using Portal.Application.Claims.Queries.GetClaim;
using Portal.Application.Claims.Queries.ListClaims;
using Portal.Application.Common.Access;
using Portal.Application.Common.Exceptions;
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
        var patientsClaims = named ? ClaimIdsOrNoneAsync(access, PatientId!) : Task.FromResult<IReadOnlySet<ClaimId>>(new HashSet<ClaimId>());
        await Task.WhenAll(claim, patient, patientsClaims).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Claim = await claim;
        Patient = (await patientsClaims).Contains(Claim.Summary.Id) ? await patient : null;
        return Page();
    });

    /// <summary>The ids of the patient's claims; none when they cannot be listed, and then the patient is not named.</summary>
    private async Task<IReadOnlySet<ClaimId>> ClaimIdsOrNoneAsync(AccessContext access, string patientId)
    {
        try
        {
            return (await Mediator.Send(new ListClaimsQuery(access, patientId), Aborted)).Select(summary => summary.Id).ToHashSet();
        }
        catch (PortalException)
        {
            return new HashSet<ClaimId>();
        }
    }
}
