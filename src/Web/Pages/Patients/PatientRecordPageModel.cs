using Portal.Application.Common.Access;
using Portal.Application.Common.Exceptions;
using Portal.Application.Patients.Queries.GetPatient;
using Portal.Domain.Patients;

namespace Portal.Web.Pages.Patients;

/// <summary>
/// A page about one record of a patient (a claim, a visit) that also names the patient, for the back link and the
/// heading, and does without them when the patient cannot be shown.
/// </summary>
public abstract class PatientRecordPageModel(PortalPageServices services) : TenantPageModel(services)
{
    public Patient? Patient { get; protected set; }

    /// <summary>The patient, or null when they cannot be shown: the record itself decides whether the page is found.</summary>
    protected async Task<Patient?> PatientOrNullAsync(AccessContext access, string patientId)
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
