using Portal.Application.Claims.Ports;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Claims;
using Portal.Domain.Identity;
using Portal.Domain.Patients;
using Portal.Domain.Tenants;

namespace Portal.Application.UnitTests.Fakes;

/// <summary>Claims held in memory per tenant and patient; anything unknown is not found.</summary>
internal sealed class FakeClaimRegistry : IClaimRegistry
{
    private readonly List<(TenantId Tenant, PatientId Patient, Claim Claim)> claims = [];

    public void Add(TenantId tenantId, PatientId patientId, Claim claim) => claims.Add((tenantId, patientId, claim));

    public Task<IReadOnlyList<ClaimSummary>> ListForPatientAsync(TenantScope scope, PatientId patientId, CancellationToken cancellationToken)
    {
        var found = claims.Where(c => c.Tenant == scope.TenantId && c.Patient == patientId).Select(c => c.Claim.Summary).ToList();
        return found.Count > 0
            ? Task.FromResult<IReadOnlyList<ClaimSummary>>(found)
            : Task.FromException<IReadOnlyList<ClaimSummary>>(new NotFoundException("patient"));
    }

    public Task<Claim> GetAsync(TenantScope scope, ClaimId claimId, CancellationToken cancellationToken)
    {
        var found = claims.SingleOrDefault(c => c.Tenant == scope.TenantId && c.Claim.Summary.Id == claimId);
        return found.Claim is { } claim ? Task.FromResult(claim) : Task.FromException<Claim>(new NotFoundException("claim"));
    }
}
