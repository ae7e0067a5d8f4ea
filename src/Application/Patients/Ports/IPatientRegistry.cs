using Portal.Application.Common.Exceptions;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Patients;

namespace Portal.Application.Patients.Ports;

/// <summary>A tenant's patients: find, read and register them.</summary>
public interface IPatientRegistry
{
    /// <summary>One page of the tenant's patients, optionally only those whose name, number, e-mail or phone contains <paramref name="search"/>.</summary>
    Task<Page<Patient>> ListAsync(TenantScope scope, string? search, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Throws <see cref="NotFoundException"/> when the tenant has no such patient.</summary>
    Task<Patient> GetAsync(TenantScope scope, PatientId patientId, CancellationToken cancellationToken);

    /// <summary>Registers the patient and returns the record the backend made; throws <see cref="RequestRejectedException"/> with the backend's reason when it refuses (for example a duplicate).</summary>
    Task<Patient> CreateAsync(TenantScope scope, NewPatient patient, CancellationToken cancellationToken);
}
