using Portal.Application.Common.Exceptions;
using Portal.Domain.Identity;
using Portal.Domain.Insurance;
using Portal.Domain.Patients;

namespace Portal.Application.Insurance.Ports;

/// <summary>The insurance policies a tenant holds on file for its patients.</summary>
public interface IInsurancePolicyRegistry
{
    /// <summary>The patient's policies in coverage order (primary first); throws <see cref="NotFoundException"/> when the tenant has no such patient.</summary>
    Task<IReadOnlyList<InsurancePolicy>> ListForPatientAsync(TenantScope scope, PatientId patientId, CancellationToken cancellationToken);
}
