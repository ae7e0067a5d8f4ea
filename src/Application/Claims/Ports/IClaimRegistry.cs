using Portal.Application.Common.Exceptions;
using Portal.Domain.Claims;
using Portal.Domain.Identity;
using Portal.Domain.Patients;

namespace Portal.Application.Claims.Ports;

/// <summary>The insurance claims a tenant has filed for its patients.</summary>
public interface IClaimRegistry
{
    /// <summary>The patient's claims, newest service date first; throws <see cref="NotFoundException"/> when the tenant has no such patient.</summary>
    Task<IReadOnlyList<ClaimSummary>> ListForPatientAsync(TenantScope scope, PatientId patientId, CancellationToken cancellationToken);

    /// <summary>Throws <see cref="NotFoundException"/> when the tenant has no such claim.</summary>
    Task<Claim> GetAsync(TenantScope scope, ClaimId claimId, CancellationToken cancellationToken);
}
