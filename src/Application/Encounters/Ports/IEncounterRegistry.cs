using Portal.Application.Common.Exceptions;
using Portal.Domain.Encounters;
using Portal.Domain.Identity;
using Portal.Domain.Patients;

namespace Portal.Application.Encounters.Ports;

/// <summary>A tenant's encounters (visits) with its patients.</summary>
public interface IEncounterRegistry
{
    /// <summary>The patient's encounters, most recent first; none is an empty list.</summary>
    Task<IReadOnlyList<Encounter>> ListForPatientAsync(TenantScope scope, PatientId patientId, CancellationToken cancellationToken);

    /// <summary>Throws <see cref="NotFoundException"/> when the tenant has no such encounter.</summary>
    Task<Encounter> GetAsync(TenantScope scope, EncounterId encounterId, CancellationToken cancellationToken);
}
