using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common.Access;
using Portal.Application.Common.Exceptions;
using Portal.Application.Encounters.Queries.GetEncounter;
using Portal.Application.Patients.Queries.GetPatient;
using Portal.Domain.Encounters;
using Portal.Domain.Patients;

namespace Portal.Web.Pages.Patients;

/// <summary>
/// One encounter (visit) of a patient. The encounter is asked for with the patient, for the back link and the name; the
/// page does without them when the patient cannot be shown. An encounter of another patient is not found here.
/// </summary>
public sealed class EncounterDetailModel(PortalPageServices services) : TenantPageModel(services)
{
    public Encounter? Encounter { get; private set; }

    public Patient? Patient { get; private set; }

    public Task<IActionResult> OnGetAsync(string patientId, string encounterId) => SignedInAsync(async signIn =>
    {
        var access = AccessFor(signIn);
        var encounter = Mediator.Send(new GetEncounterQuery(access, patientId, encounterId), Aborted);
        var patient = PatientOrNullAsync(access, patientId);
        await Task.WhenAll(encounter, patient).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Encounter = await encounter;
        Patient = await patient;
        return Page();
    });

    private async Task<Patient?> PatientOrNullAsync(AccessContext access, string patientId)
    {
        try
        {
            return await Mediator.Send(new GetPatientQuery(access, patientId), Aborted);
        }
        catch (PortalException)
        {
            return null;
        }
    }
}
