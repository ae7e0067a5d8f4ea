using Microsoft.AspNetCore.Mvc;
using Portal.Application.Encounters.Queries.GetEncounter;
using Portal.Domain.Encounters;

namespace Portal.Web.Pages.Patients;

/// <summary>
/// One encounter (visit) of a patient. The encounter is asked for with the patient, for the back link and the name; the
/// page does without them when the patient cannot be shown. An encounter of another patient is not found here.
/// </summary>
public sealed class EncounterDetailModel(PortalPageServices services) : PatientRecordPageModel(services)
{
    public Encounter? Encounter { get; private set; }

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
}
